<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/bundles_page.py" line="+37"/>
        <location line="+8"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the bundles supporters send you: folders, .zip files, or .zip.age files encrypted to this vault&apos;s key. Drop them here, or choose them below. Each bundle is checked before anything is stored; a newer bundle from a supporter replaces their earlier one.</source>
        <translation>Importez les paquets que les pairs aidants vous envoient&#xa0;: dossiers, fichiers .zip ou fichiers .zip.age chiffrés avec la clé de ce coffre. Déposez-les ici ou choisissez-les ci-dessous. Chaque paquet est vérifié avant que quoi que ce soit ne soit enregistré; un paquet plus récent d&apos;un pair aidant remplace le précédent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a folder of bundles…</source>
        <translation>Importer un dossier de paquets…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the last import did is shown here.</source>
        <translation>Le résultat de la dernière importation s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported (UTC)</source>
        <translation>Exporté (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported (UTC)</source>
        <translation>Importé (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule rows</source>
        <translation>Lignes d&apos;horaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey rows</source>
        <translation>Lignes de sondage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 bundles in use, from %2 supporters; %3 replaced by newer ones.</source>
        <translation>%1 paquets utilisés, de %2 pairs aidants; %3 remplacés par des plus récents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles (*.zip *.age);;All files (*)</source>
        <translation>Paquets (*.zip *.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder of bundles</source>
        <translation>Importer un dossier de paquets</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Importing bundles</source>
        <translation>Importation des paquets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1&#xa0;: déjà importé; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: imported %2 interactions from %3.</source>
        <translation>%1&#xa0;: %2 interactions importées de %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It replaces export %1 of that supporter.</source>
        <translation>Il remplace l&apos;exportation %1 de ce pair aidant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bundles were found there.</source>
        <translation>Aucun paquet n&apos;a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled. The bundles finished before you cancelled were kept; nothing of the one in progress was stored.</source>
        <translation>Importation annulée. Les paquets terminés avant l&apos;annulation ont été conservés; rien du paquet en cours n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/contacts_page.py" line="+52"/>
        <source>New classmate</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit classmate</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Sam K. or S.K.</source>
        <translation>p. ex. Sam K. ou S.K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone, e-mail or where to find them</source>
        <translation>Téléphone, courriel ou où trouver la personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept only in your encrypted vault; never exported.</source>
        <translation>Conservé uniquement dans votre coffre chiffré; jamais exporté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name or initials</source>
        <translation>&amp;Nom ou initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year of study</source>
        <translation>&amp;Année d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;reach them</source>
        <translation>&amp;Comment joindre la personne</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location line="+47"/>
        <source>Name or initials</source>
        <translation>Nom ou initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of study</source>
        <translation>Année d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>Comment joindre la personne</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name…</source>
        <translation>Rechercher par nom…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Rechercher dans les contacts</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add classmate…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 classmate</source>
        <translation>1 camarade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 classmates</source>
        <translation>%1 camarades</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete classmate?</source>
        <translation>Supprimer ce contact?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from your contacts? Their interactions stay in the log, no longer linked to anyone.</source>
        <translation>Supprimer %1 de vos contacts? Ses interactions restent dans le journal, sans lien avec personne.</translation>
    </message>
</context>
<context>
    <name>CoordinatorKeyPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/coordinator_key_page.py" line="+32"/>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption key for supporters&apos; exports</source>
        <translation>Clé de chiffrement des exportations des pairs aidants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supporters encrypt their exports to this vault&apos;s public key; only this vault, which holds the matching secret key, can open them. Give the public key to every supporter: it can encrypt but never decrypt, so it may travel by e-mail. Keep backups of this vault: without it, encrypted exports cannot be opened.</source>
        <translation>Les pairs aidants chiffrent leurs exportations avec la clé publique de ce coffre; seul ce coffre, qui détient la clé secrète correspondante, peut les ouvrir. Remettez la clé publique à chaque pair aidant&#xa0;: elle permet de chiffrer, jamais de déchiffrer, et peut donc voyager par courriel. Faites des copies de sauvegarde de ce coffre&#xa0;: sans lui, les exportations chiffrées ne peuvent pas être ouvertes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create the key pair</source>
        <translation>&amp;Créer la paire de clés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key pair created. Copy or save the public key and send it to the supporters.</source>
        <translation>Paire de clés créée. Copiez ou enregistrez la clé publique et envoyez-la aux pairs aidants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public key copied.</source>
        <translation>Clé publique copiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key saved to %1.</source>
        <translation>Clé publique enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the public key</source>
        <translation>Enregistrer la clé publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key files (*.pub)</source>
        <translation>Fichiers de clé publique (*.pub)</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/vault_dialogs.py" line="+133"/>
        <source>Create a vault — Side-by-Side</source>
        <translation>Créer un coffre — Side-by-Side</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+21"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (confirmation)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not the coordinator, not the developers. Without it, everything in this vault is gone for good. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Personne ne peut récupérer une phrase de passe perdue&lt;/b&gt; — ni la coordination, ni les développeurs. Sans elle, tout le contenu de ce coffre est perdu pour de bon. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am a</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New vault</source>
        <translation>Nouveau coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side-by-Side vaults (*%1)</source>
        <translation>Coffres Side-by-Side (*%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use four or more unrelated words.</source>
        <translation>Utilisez au moins quatre mots sans lien entre eux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../sbs_desktop/ui/lock.py" line="+87"/>
        <source>Side-by-Side is locked.</source>
        <translation>Side-by-Side est verrouillé.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/dashboard_page.py" line="+74"/>
        <source>Not recorded</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faculty of Medicine services</source>
        <translation>Services de la Faculté de médecine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side-by-Side</source>
        <translation>Side-by-Side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why supporters reached out</source>
        <translation>Motifs de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of respondents naming the barrier (95% CI)</source>
        <translation>% des répondant·e·s qui nomment l&apos;obstacle (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small counts (hidden)</source>
        <translation>Petits effectifs (masqués)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Academic year:</source>
        <translation>Année universitaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show as published (small counts hidden)</source>
        <translation>Afficher comme publié (petits effectifs masqués)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide counts below:</source>
        <translation>Masquer les effectifs sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counts from 1 to this number less one are hidden in the report and the CSV files.</source>
        <translation>Les effectifs de 1 jusqu&apos;à ce nombre moins un sont masqués dans le rapport et les fichiers CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey barriers</source>
        <translation>Obstacles (sondage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By format</source>
        <translation>Par mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporters</source>
        <translation>Pairs aidants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computing the statistics</source>
        <translation>Calcul des statistiques</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 interactions from %2 supporters; referral rate %3%; classmates reached (an upper bound) %4; %5 survey respondents.</source>
        <translation>%1 interactions de %2 pairs aidants; taux d&apos;orientation %3&#xa0;%; camarades joints (borne supérieure) %4; %5 répondant·e·s au sondage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No data yet</source>
        <translation>Aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interactions per month by format</source>
        <translation>Interactions par mois selon le mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who started the interaction</source>
        <translation>Qui a amorcé l&apos;interaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions with each referral</source>
        <translation>Interactions par orientation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barriers: Faculty services vs Side-by-Side</source>
        <translation>Obstacles&#xa0;: services de la Faculté ou Side-by-Side</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the report to</source>
        <translation>Exporter le rapport vers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 files to %2. Small counts are hidden in all of them.</source>
        <translation>%1 fichiers écrits dans %2. Les petits effectifs sont masqués dans chacun d&apos;eux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the report</source>
        <translation>Exportation du rapport</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sbs_desktop/app/merge.py" line="+26"/>
        <source>this is an older export than the one already imported from the same supporter; the newer one is kept</source>
        <translation>cette exportation est plus ancienne que celle déjà importée du même pair aidant; la plus récente est conservée</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/report.py" line="+26"/>
        <source>The small-count threshold must be a whole number from {low} to {high}.</source>
        <translation>Le seuil des petits effectifs doit être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/schedule.py" line="+35"/>
        <source>these dates overlap another term; change the dates or edit that term</source>
        <translation>ces dates chevauchent une autre session; changez les dates ou modifiez cette session</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/schedule_calendar.py" line="+115"/>
        <source>this is not an iCalendar file</source>
        <translation>ce n&apos;est pas un fichier iCalendar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>each event must repeat weekly until a date</source>
        <translation>chaque événement doit se répéter chaque semaine jusqu&apos;à une date</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/survey.py" line="+55"/>
        <source>the file is too large to be a survey instrument</source>
        <translation>le fichier est trop volumineux pour être un questionnaire de sondage</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../sbs_desktop/exchange/bundle_reader.py" line="+71"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this version is already known with different questions; give the changed instrument a new version</source>
        <translation>cette version existe déjà avec des questions différentes; donnez un nouveau numéro de version au questionnaire modifié</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/survey_import.py" line="+60"/>
        <source>{file} was not imported ({count} problems). The first: row {row}, column {column}: {reason}</source>
        <translation>{file} n&apos;a pas été importé ({count} problèmes). Le premier&#xa0;: ligne {row}, colonne {column}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le fichier n&apos;est pas du texte UTF-8; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file holds binary data, not CSV text</source>
        <translation>le fichier contient des données binaires, pas du texte CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has more than 100,000 rows</source>
        <translation>le fichier compte plus de 100 000 lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this line is not valid CSV (check the quotation marks)</source>
        <translation>cette ligne n&apos;est pas du CSV valide (vérifiez les guillemets)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this column appears twice</source>
        <translation>cette colonne apparaît deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this column is not in the survey template; remove or rename it</source>
        <translation>cette colonne ne fait pas partie du modèle de sondage; supprimez-la ou renommez-la</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this column of the template is missing</source>
        <translation>cette colonne du modèle est manquante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the columns do not match the template</source>
        <translation>les colonnes ne correspondent pas au modèle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{value}&quot; is not one of: {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie des choix&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{value}&quot; cannot be chosen together with other options</source>
        <translation>«&#xa0;{value}&#xa0;» ne peut pas être choisi avec d&apos;autres options</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is larger than 20 MB</source>
        <translation>le fichier dépasse 20 Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first row must be the template&apos;s header</source>
        <translation>la première ligne doit être l&apos;en-tête du modèle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this row has {found} cells; the header has {expected}</source>
        <translation>cette ligne compte {found} cellules; l&apos;en-tête en compte {expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give each response an id (up to 200 characters)</source>
        <translation>donnez un identifiant à chaque réponse (jusqu&apos;à 200 caractères)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this id is already used in row {row}</source>
        <translation>cet identifiant est déjà utilisé à la ligne {row}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this row answers no question</source>
        <translation>cette ligne ne répond à aucune question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has a header but no responses</source>
        <translation>le fichier a un en-tête mais aucune réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write the date as YYYY-MM-DD</source>
        <translation>écrivez la date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../sbs_desktop/core/survey.py" line="+72"/>
        <source>the date cannot be in the future</source>
        <translation>la date ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/contact.py" line="+27"/>
        <location filename="../../sbs_desktop/core/resource.py" line="+33"/>
        <source>cannot be empty</source>
        <translation>ne peut pas être vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than 120 characters</source>
        <translation>dépasse 120 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../sbs_desktop/core/interaction.py" line="+82"/>
        <source>must be 1, 2, 3 or 4</source>
        <translation>doit être 1, 2, 3 ou 4</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/errors.py" line="+22"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is not the one for the vault {path}. Check it and try again.</source>
        <translation>Cette phrase de passe n&apos;est pas celle du coffre {path}. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a Side-by-Side vault ({reason}).</source>
        <translation>{path} n&apos;est pas un coffre Side-by-Side ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault {path} is damaged ({reason}). Restore it from a backup; the file has not been changed.</source>
        <translation>Le coffre {path} est endommagé ({reason}). Restaurez-le à partir d&apos;une copie de sauvegarde; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault {path} is already open in another Side-by-Side window. Close that window first.</source>
        <translation>Le coffre {path} est déjà ouvert dans une autre fenêtre Side-by-Side. Fermez d&apos;abord cette fenêtre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file already exists at {path}. Choose another name for the new vault.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement {path}. Choisissez un autre nom pour le nouveau coffre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault {path} was made by a newer version of Side-by-Side (schema {found}, this version knows up to {known}). Update the program to open it.</source>
        <translation>Le coffre {path} a été créé par une version plus récente de Side-by-Side (schéma {found}; cette version connaît jusqu&apos;au schéma {known}). Mettez le programme à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess. {advice}</source>
        <translation>Cette phrase de passe est trop facile à deviner. {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: {reason}. Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer dans {path}&#xa0;: {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein. Rien n&apos;a été modifié; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This needs a {needed} vault, and {path} is a {actual} vault.</source>
        <translation>Il faut un coffre de type {needed}, et {path} est un coffre de type {actual}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {reason}</source>
        <translation>{field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please correct: {details}</source>
        <translation>Veuillez corriger&#xa0;: {details}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{bundle}: {file}, row {row}, column {column}: {reason}</source>
        <translation>{bundle}&#xa0;: {file}, ligne {row}, colonne {column}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file}, row {row}, column {column}: {reason}</source>
        <translation>{file}, ligne {row}, colonne {column}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/instrument.py" line="+114"/>
        <source>needs a text in English (en) and in French (fr)</source>
        <translation>il faut un texte en anglais (en) et en français (fr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a code is lower-case letters, digits and _ (such as career_impact)</source>
        <translation>un code se compose de lettres minuscules, de chiffres et de _ (comme career_impact)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs a list of options</source>
        <translation>il faut une liste d&apos;options</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>two options have the same code</source>
        <translation>deux options ont le même code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each item must be an object</source>
        <translation>chaque élément doit être un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the kind must be single, multiple or yes_no_matrix</source>
        <translation>le type doit être single, multiple ou yes_no_matrix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exclusive lists option codes of a multiple-choice item</source>
        <translation>exclusive énumère des codes d&apos;options d&apos;un élément à choix multiples</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this is not a JSON file</source>
        <translation>ce n&apos;est pas un fichier JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a Side-by-Side survey instrument</source>
        <translation>ce n&apos;est pas un questionnaire de sondage Side-by-Side</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this instrument format version is not known to this program</source>
        <translation>cette version du format de questionnaire est inconnue de ce programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id is lower-case letters, digits and - (such as sbs-barriers)</source>
        <translation>l&apos;identifiant se compose de lettres minuscules, de chiffres et de - (comme sbs-barriers)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the version is a text of digits, letters and dots (such as &quot;2&quot;)</source>
        <translation>la version est un texte fait de chiffres, de lettres et de points (comme «&#xa0;2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a list of items</source>
        <translation>il faut une liste d&apos;éléments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>two items have the same code</source>
        <translation>deux éléments ont le même code</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/interaction.py" line="-25"/>
        <source>the date and time cannot be in the future</source>
        <translation>la date et l&apos;heure ne peuvent pas être dans le futur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be from 1 to 600 minutes</source>
        <translation>doit être de 1 à 600 minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose why you reached out</source>
        <translation>indiquez pourquoi vous avez pris contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only applies when the supporter started the interaction</source>
        <translation>s&apos;applique seulement quand le pair aidant a amorcé l&apos;interaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of the chosen concerns</source>
        <translation>doit faire partie des préoccupations choisies</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be before the interaction</source>
        <translation>ne peut pas être antérieur à l&apos;interaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say what was done about the immediate risk</source>
        <translation>indiquez ce qui a été fait au sujet du risque immédiat</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/schedule.py" line="+109"/>
        <source>the term cannot end before it starts</source>
        <translation>la session ne peut pas finir avant de commencer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a day from Monday to Sunday</source>
        <translation>doit être un jour du lundi au dimanche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hours must end after they start</source>
        <translation>l&apos;heure de fin doit suivre l&apos;heure de début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say where in-person hours take place</source>
        <translation>indiquez où ont lieu les heures en personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>two slots on the same day overlap; change one of them</source>
        <translation>deux plages du même jour se chevauchent; modifiez l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every date off must fall within the term</source>
        <translation>chaque jour de congé doit tomber pendant la session</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/survey.py" line="-4"/>
        <source>the response was given under another instrument version</source>
        <translation>la réponse a été donnée avec une autre version du questionnaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>answer at least one question</source>
        <translation>répondez à au moins une question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this question is not in the instrument</source>
        <translation>cette question ne fait pas partie du questionnaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this answer is not one of the question&apos;s options</source>
        <translation>cette réponse ne fait pas partie des options de la question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only one answer is allowed</source>
        <translation>une seule réponse est permise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;none&quot; cannot be chosen together with other options</source>
        <translation>«&#xa0;none&#xa0;» ne peut pas être choisi avec d&apos;autres options</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/bundle_reader.py" line="-16"/>
        <source>this is not a bundle (a folder, .zip or .zip.age holding manifest.json)</source>
        <translation>ce n&apos;est pas un paquet (un dossier, un .zip ou un .zip.age contenant manifest.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle could not be read</source>
        <translation>le paquet n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is missing from the bundle</source>
        <translation>le fichier est absent du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large to be a bundle file</source>
        <translation>le fichier est trop volumineux pour faire partie d&apos;un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file expands far more than CSV can; it is refused as a possible zip bomb</source>
        <translation>le fichier se décompresse bien plus qu&apos;un CSV ne le peut; il est refusé comme possible bombe de décompression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip holds a file name outside the bundle (an absolute path or ..)</source>
        <translation>le zip contient un nom de fichier hors du paquet (un chemin absolu ou ..)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip holds more files than a bundle has</source>
        <translation>le zip contient plus de fichiers qu&apos;un paquet n&apos;en a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip holds this bundle file twice</source>
        <translation>le zip contient deux fois ce fichier du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip file is damaged</source>
        <translation>le fichier zip est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle is encrypted and this vault has no coordinator key to open it</source>
        <translation>le paquet est chiffré et ce coffre n&apos;a pas de clé de coordination pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s SHA-256 differs from the manifest: it was changed or damaged</source>
        <translation>le SHA-256 du fichier diffère de celui du manifeste&#xa0;: il a été modifié ou endommagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not valid CSV</source>
        <translation>le fichier n&apos;est pas un CSV valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no header row</source>
        <translation>le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this column is missing from the header</source>
        <translation>cette colonne est absente de l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this column is not part of the format</source>
        <translation>cette colonne ne fait pas partie du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns are not in the order the format sets</source>
        <translation>les colonnes ne sont pas dans l&apos;ordre fixé par le format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row has a different number of cells than the header</source>
        <translation>la ligne n&apos;a pas le même nombre de cellules que l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has a different number of rows than the manifest</source>
        <translation>le fichier n&apos;a pas le même nombre de lignes que le manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a pseudonym of the expected form</source>
        <translation>n&apos;est pas un pseudonyme de la forme attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears twice in the bundle</source>
        <translation>apparaît deux fois dans le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the supporter in the manifest</source>
        <translation>diffère du pair aidant indiqué dans le manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a period of the bundle&apos;s granularity (2025-W07 by week, 2025-02 by month)</source>
        <translation>n&apos;est pas une période de la granularité du paquet (2025-W07 par semaine, 2025-02 par mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lies outside the period the manifest covers</source>
        <translation>se situe hors de la période couverte par le manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an academic year such as 2025-2026</source>
        <translation>n&apos;est pas une année universitaire comme 2025-2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sbs_desktop/exchange/manifest.py" line="+29"/>
        <source>is out of range</source>
        <translation>est hors des limites permises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not include the primary concern</source>
        <translation>n&apos;inclut pas la préoccupation principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives an outreach reason for an interaction the student started</source>
        <translation>donne un motif de prise de contact pour une interaction amorcée par l&apos;étudiant·e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no outreach reason for an interaction the supporter started</source>
        <translation>n&apos;a pas de motif de prise de contact pour une interaction amorcée par le pair aidant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names a survey instrument version this vault does not know; load it first</source>
        <translation>désigne une version de questionnaire que ce coffre ne connaît pas; chargez-la d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a question of the instrument</source>
        <translation>n&apos;est pas une question du questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an answer the question allows</source>
        <translation>n&apos;est pas une réponse permise pour la question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers a one-answer question twice</source>
        <translation>répond deux fois à une question à réponse unique</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/bundle_writer.py" line="+45"/>
        <source>{path} already exists. Choose another name for the export; nothing was written.</source>
        <translation>{path} existe déjà. Choisissez un autre nom pour l&apos;exportation; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the export to {path} ({reason}). Nothing was left behind.</source>
        <translation>Impossible d&apos;écrire l&apos;exportation dans {path} ({reason}). Rien n&apos;a été laissé derrière.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/encryption.py" line="+20"/>
        <source>This is not a coordinator public key ({reason}). Ask the coordinator for the key Side-by-Side shows them: one line starting with &quot;age1&quot;.</source>
        <translation>Ce n&apos;est pas une clé publique de coordination ({reason}). Demandez à la coordination la clé que Side-by-Side lui affiche&#xa0;: une ligne qui commence par «&#xa0;age1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coordinator key stored in this vault is damaged ({reason}).</source>
        <translation>La clé de coordination enregistrée dans ce coffre est endommagée ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bundle} was encrypted for another coordinator key, so this vault cannot open it. Ask the supporter to export again with this vault&apos;s public key.</source>
        <translation>{bundle} a été chiffré pour une autre clé de coordination; ce coffre ne peut donc pas l&apos;ouvrir. Demandez au pair aidant de refaire l&apos;exportation avec la clé publique de ce coffre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{bundle} is not an encrypted Side-by-Side bundle (it is not an age file).</source>
        <translation>{bundle} n&apos;est pas un paquet Side-by-Side chiffré (ce n&apos;est pas un fichier age).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bundle} is damaged and cannot be decrypted ({reason}). Ask for it again.</source>
        <translation>{bundle} est endommagé et ne peut pas être déchiffré ({reason}). Demandez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no key in it</source>
        <translation>il ne contient aucune clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds more than one line</source>
        <translation>il contient plus d&apos;une ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a secret key, which must stay private</source>
        <translation>c&apos;est une clé secrète, qui doit rester privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with age1</source>
        <translation>elle ne commence pas par age1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is mistyped or cut short</source>
        <translation>elle est mal tapée ou tronquée</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/manifest.py" line="-5"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not part of a version 1 manifest</source>
        <translation>ne fait pas partie d&apos;un manifeste de version 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the wrong type</source>
        <translation>n&apos;a pas le bon type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not in the expected form</source>
        <translation>n&apos;a pas la forme attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not have the value a version 1 bundle needs</source>
        <translation>n&apos;a pas la valeur exigée pour un paquet de version 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not valid JSON</source>
        <translation>n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a real date</source>
        <translation>n&apos;est pas une date réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first period is after the last</source>
        <translation>la première période est postérieure à la dernière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Side-by-Side; update the program to read it</source>
        <translation>a été écrit par une version plus récente de Side-by-Side; mettez le programme à jour pour le lire</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/interaction_form.py" line="+538"/>
        <source>no classmate has this name; pick one from the list or add them with New classmate…</source>
        <translation>aucun contact ne porte ce nom; choisissez-en un dans la liste ou ajoutez-le avec Nouveau contact…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose the main concern</source>
        <translation>choisissez la préoccupation principale</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/messages.py" line="+39"/>
        <source>Something unexpected went wrong ({kind}). Nothing was changed.</source>
        <translation>Une erreur inattendue est survenue ({kind}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Side-by-Side</source>
        <translation>Side-by-Side</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/passphrase_advice.py" line="+10"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un mot ou deux. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;» n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots; évitez les expressions courantes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d&apos;ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les courtes séquences de touches sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Ceci ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez une séquence de touches plus longue, avec plus de changements de direction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez de répéter des mots et des caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont associées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous sont associées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use four or more unrelated words.</source>
        <translation>Utilisez au moins quatre mots sans lien entre eux.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../sbs_desktop/exchange/bundle_writer.py" line="-11"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting the bundle…</source>
        <translation>Chiffrement du paquet…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/export_dialog.py" line="+81"/>
        <source>Export for the coordinator</source>
        <translation>Exportation pour la coordination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is everything the export will contain, exactly as it will be written. Classmates appear only as pseudonyms that cannot be traced back without this vault; names, contact details, notes, the action taken and exact dates and times never leave this computer.</source>
        <translation>Voici tout ce que contiendra l&apos;exportation, exactement tel que ce sera écrit. Les camarades n&apos;y figurent que sous des pseudonymes impossibles à retracer sans ce coffre; les noms, les coordonnées, les notes, les mesures prises ainsi que les dates et heures exactes ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ISO weeks (2025-W07)</source>
        <translation>Semaines ISO (2025-W07)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months (2025-02)</source>
        <translation>Mois (2025-02)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates as:</source>
        <translation>&amp;Dates en&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One .zip file</source>
        <translation>Un fichier .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of CSV files</source>
        <translation>Un dossier de fichiers CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Never written:&lt;/b&gt; names or initials, contact details, notes, the action taken, times of day and exact dates, places of in-person hours.</source>
        <translation>&lt;b&gt;Jamais écrits&#xa0;:&lt;/b&gt; noms ou initiales, coordonnées, notes, mesures prises, heures de la journée et dates exactes, lieux des heures en personne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypted to the coordinator key %1: only the coordinator&apos;s vault can open it.</source>
        <translation>Chiffré avec la clé de coordination %1&#xa0;: seul le coffre de la coordination peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted: anyone who gets the file can read it. Nothing in it names a classmate; to encrypt it, set your coordinator&apos;s public key on the Export page.</source>
        <translation>Non chiffré&#xa0;: quiconque obtient le fichier peut le lire. Rien n&apos;y nomme un·e camarade; pour le chiffrer, indiquez la clé publique de votre coordination à la page Exportation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will leave this computer: %1 interactions, %2 rows of support hours and %3 survey answers, from supporter %4. Dates as %5.</source>
        <translation>Quitteront cet ordinateur&#xa0;: %1 interactions, %2 lignes d&apos;heures de soutien et %3 réponses au sondage, du pair aidant %4. Dates en %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first %1 of %2 rows, as written (columns are the bundle format&apos;s codes):</source>
        <translation>Les %1 premières lignes sur %2, telles qu&apos;écrites (les colonnes sont les codes du format des paquets)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rows: the file will hold its header row only.</source>
        <translation>Aucune ligne&#xa0;: le fichier ne contiendra que sa ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Will be written as %1</source>
        <translation>Sera écrit sous %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the export as</source>
        <translation>Enregistrer l&apos;exportation sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists. Choose another name (or pick the file with Choose… to replace it).</source>
        <translation>%1 existe déjà. Choisissez un autre nom (ou sélectionnez le fichier avec Choisir… pour le remplacer).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1 interactions, %2 rows of support hours and %3 survey answers to %4.</source>
        <translation>%1 interactions, %2 lignes d&apos;heures de soutien et %3 réponses au sondage exportées vers %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportation annulée. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/export_page.py" line="+41"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for the coordinator</source>
        <translation>Exportation pour la coordination</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a term, send your coordinator an export: your interactions, support hours and survey answers, with classmates as pseudonyms and dates as weeks or months. You see every row before anything is written.</source>
        <translation>Une fois par session, envoyez une exportation à votre coordination&#xa0;: vos interactions, heures de soutien et réponses au sondage, avec les camarades sous pseudonyme et les dates par semaine ou par mois. Vous voyez chaque ligne avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinator key</source>
        <translation>Clé de la coordination</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the public key here (age1…)</source>
        <translation>Collez la clé publique ici (age1…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this key</source>
        <translation>&amp;Utiliser cette clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load key file…</source>
        <translation>&amp;Charger un fichier de clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove key</source>
        <translation>&amp;Retirer la clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export history</source>
        <translation>Historique des exportations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours rows</source>
        <translation>Lignes d&apos;heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey rows</source>
        <translation>Lignes de sondage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written to</source>
        <translation>Écrit dans</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing exported yet.</source>
        <translation>Rien n&apos;a encore été exporté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exports are encrypted to the coordinator key %1; only the coordinator&apos;s vault can open them.</source>
        <translation>Les exportations sont chiffrées avec la clé de coordination %1; seul le coffre de la coordination peut les ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No coordinator key: exports are not encrypted. Ask your coordinator for their public key and paste it or load its file here.</source>
        <translation>Aucune clé de coordination&#xa0;: les exportations ne sont pas chiffrées. Demandez sa clé publique à votre coordination, puis collez-la ou chargez son fichier ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (encrypted)</source>
        <translation> (chiffré)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Key saved: the next export will be encrypted to it.</source>
        <translation>Clé enregistrée&#xa0;: la prochaine exportation sera chiffrée avec celle-ci.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a public key file. Ask the coordinator for the file Side-by-Side saved for them.</source>
        <translation>%1 n&apos;est pas un fichier de clé publique. Demandez à la coordination le fichier que Side-by-Side a enregistré pour elle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load the coordinator&apos;s public key</source>
        <translation>Charger la clé publique de la coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key files (*.pub *.txt *.age);;All files (*)</source>
        <translation>Fichiers de clé publique (*.pub *.txt *.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key removed: exports will not be encrypted.</source>
        <translation>Clé retirée&#xa0;: les exportations ne seront pas chiffrées.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../sbs_desktop/core/contact.py" line="-7"/>
        <location line="+3"/>
        <source>Name or initials</source>
        <translation>Nom ou initiales</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../sbs_desktop/core/interaction.py" line="-13"/>
        <source>Year of study</source>
        <translation>Année d&apos;études</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/interaction.py" line="-25"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Outreach reason</source>
        <translation>Motif de la prise de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Primary concern</source>
        <translation>Préoccupation principale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up due</source>
        <translation>Suivi prévu le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/resource.py" line="-1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/schedule.py" line="-35"/>
        <source>Term dates</source>
        <translation>Dates de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly hours</source>
        <translation>Heures hebdomadaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates off</source>
        <translation>Jours de congé</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/survey.py" line="-25"/>
        <source>Instrument</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/interaction_form.py" line="-474"/>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../sbs_desktop/ui/home_page.py" line="+72"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary concern</source>
        <translation>Préoccupation principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last talked</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no classmate linked)</source>
        <translation>(aucun contact lié)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location line="+27"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log an interaction  (Ctrl+N)</source>
        <translation>Consigner une interaction  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>interactions</source>
        <translation>interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours of support</source>
        <translation>heures de soutien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classmates reached</source>
        <translation>camarades joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a referral</source>
        <translation>avec une orientation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No follow-ups are due. Nicely done.</source>
        <translation>Aucun suivi n&apos;est dû. Bravo!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the interaction list</source>
        <translation>Afficher dans la liste des interactions</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week (%1 to %2)</source>
        <translation>Cette semaine (du %1 au %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-ups due (%1)</source>
        <translation>Suivis à faire (%1)</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <location filename="../../sbs_desktop/ui/interaction_form.py" line="+122"/>
        <source>New interaction</source>
        <translation>Nouvelle interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit interaction</source>
        <translation>Modifier l&apos;interaction</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Name or initials (optional)</source>
        <translation>Nom ou initiales (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New classmate…</source>
        <translation>Nou&amp;veau contact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up by</source>
        <translation>Suivi d&apos;ici le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up due date</source>
        <translation>Date prévue du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on this computer; never exported.</source>
        <translation>Seulement sur cet ordinateur; jamais exporté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;When</source>
        <translation>&amp;Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initiated by</source>
        <translation>&amp;Amorcée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outreach reason</source>
        <translation>Moti&amp;f de la prise de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classmate</source>
        <translation>&amp;Camarade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year of study</source>
        <translation>Année d&apos;étud&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-&amp;up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Con&amp;cerns</source>
        <translation>Préoccupa&amp;tions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Primary concern</source>
        <translation>Préoccupation &amp;principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ferrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+181"/>
        <source>&amp;Action taken</source>
        <translation>Mesures pr&amp;ises</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save  (Ctrl+S)</source>
        <translation>Enregistrer  (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel  (Esc)</source>
        <translation>Annuler  (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resources  (%1)</source>
        <translation>Ressources  (%1)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>&amp;Action taken *</source>
        <translation>Mesures pr&amp;ises *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required for immediate risk: what did you do? (e.g. called 9-8-8 together, walked them to emergency)</source>
        <translation>Obligatoire en cas de risque immédiat&#xa0;: qu&apos;avez-vous fait? (p. ex. appelé le 9-8-8 ensemble, accompagné la personne à l&apos;urgence)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Please correct before saving:</source>
        <translation>Veuillez corriger avant d&apos;enregistrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This interaction has changes that are not saved. Discard them?</source>
        <translation>Cette interaction a des modifications non enregistrées. Les abandonner?</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <location filename="../../sbs_desktop/ui/interaction_table.py" line="+62"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiated by</source>
        <translation>Amorcée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary concern</source>
        <translation>Préoccupation principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>%1 (done)</source>
        <translation>%1 (fait)</translation>
    </message>
</context>
<context>
    <name>InteractionsPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/interactions_page.py" line="+79"/>
        <source>Delete interaction</source>
        <translation>Supprimer l&apos;interaction</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New interaction  (Ctrl+N)</source>
        <translation>Nouvelle interaction  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This academic year</source>
        <translation>Cette année universitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any format</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any risk</source>
        <translation>Tous les niveaux de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerned or more</source>
        <translation>Préoccupant ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search notes, actions and classmates…</source>
        <translation>Chercher notes, mesures, camarades…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+204"/>
        <source>Interaction deleted.</source>
        <translation>Interaction supprimée.</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annuler  (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit…  (Enter)</source>
        <translation>Modifier…  (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Mark follow-up done</source>
        <translation>Marquer le suivi comme fait</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Delete  (Del)</source>
        <translation>Supprimer  (Suppr)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>1 interaction</source>
        <translation>1 interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions</source>
        <translation>%1 interactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 interaction matches the filters</source>
        <translation>1 interaction correspond aux filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions match the filters</source>
        <translation>%1 interactions correspondent aux filtres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reopen follow-up</source>
        <translation>Rouvrir le suivi</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../sbs_desktop/ui/kiosk.py" line="+42"/>
        <source>Submit my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Merci!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers were saved anonymously. Please hand the laptop to the next person.</source>
        <translation>Vos réponses ont été enregistrées de façon anonyme. Veuillez passer l&apos;ordinateur à la personne suivante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new response</source>
        <translation>Commencer une nouvelle réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys: 1-9 pick an option, Y/N yes or no, Tab next question, Ctrl+Enter submit.</source>
        <translation>Touches&#xa0;: 1-9 choisir une option, O/N oui ou non, Tab question suivante, Ctrl+Entrée envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please answer at least one question.</source>
        <translation>Veuillez répondre à au moins une question.</translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location line="+25"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff only: enter the vault passphrase to leave kiosk mode.</source>
        <translation>Personnel seulement&#xa0;: entrez la phrase de passe du coffre pour quitter le mode kiosque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That is not the passphrase.</source>
        <translation>Ce n&apos;est pas la phrase de passe.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location line="+85"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Personnel&#xa0;: quitter le mode kiosque</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/lock.py" line="+22"/>
        <source>Locked — Side-by-Side</source>
        <translation>Verrouillé — Side-by-Side</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side-by-Side locked itself after a period without use.</source>
        <translation>Side-by-Side s&apos;est verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your passphrase to carry on. Anything you were typing is kept as it was.</source>
        <translation>Entrez votre phrase de passe pour continuer. Tout ce que vous étiez en train de taper est conservé tel quel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That is not this vault&apos;s passphrase.</source>
        <translation>Ce n&apos;est pas la phrase de passe de ce coffre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbs_desktop/ui/main_window.py" line="+42"/>
        <source>Side-by-Side — %1 (%2)</source>
        <translation>Side-by-Side — %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New interaction…</source>
        <translation>&amp;Nouvelle interaction…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto-lock after…</source>
        <translation>Verrouillage &amp;automatique après…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources</source>
        <translation>&amp;Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resource directory…</source>
        <translation>&amp;Répertoire des ressources…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Side-by-Side after this many minutes without use (0: never):</source>
        <translation>Verrouiller Side-by-Side après ce nombre de minutes d&apos;inactivité (0&#xa0;: jamais)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Side-by-Side in:</source>
        <translation>Afficher Side-by-Side en&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language changes the next time Side-by-Side starts.</source>
        <translation>La langue changera au prochain démarrage de Side-by-Side.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved interaction</source>
        <translation>Interaction non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interaction you are writing is not saved. Close Side-by-Side and discard it?</source>
        <translation>Une interaction que vous rédigez n&apos;est pas enregistrée. Fermer Side-by-Side et l&apos;abandonner?</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/resource_directory.py" line="+58"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>Site &amp;Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <location line="+114"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete resource?</source>
        <translation>Supprimer la ressource?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the resource directory?</source>
        <translation>Retirer %1 du répertoire des ressources?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press %1 anywhere in Side-by-Side to open this directory.</source>
        <translation>Appuyez sur %1 n&apos;importe où dans Side-by-Side pour ouvrir ce répertoire.</translation>
    </message>
</context>
<context>
    <name>ResourceDirectoryDialog</name>
    <message>
        <location line="+38"/>
        <source>Resource directory — Side-by-Side</source>
        <translation>Répertoire des ressources — Side-by-Side</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Immediate risk.&lt;/b&gt; If the classmate is in danger now, call a crisis contact below — stay with them while you do.</source>
        <translation>&lt;b&gt;Risque immédiat.&lt;/b&gt; Si la personne est en danger maintenant, appelez une ressource d&apos;urgence ci-dessous — restez avec elle pendant l&apos;appel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. called 9-8-8 together; walked them to the emergency department</source>
        <translation>p. ex. appelé le 9-8-8 ensemble; accompagné la personne à l&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What action did you take?</source>
        <translation>&amp;Quelles mesures avez-vous prises?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
</context>
<context>
    <name>ResourceList</name>
    <message>
        <location line="-221"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website and notes</source>
        <translation>Site Web et notes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Crisis — call now</source>
        <translation>Crise — appelez maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location line="+145"/>
        <source>Resources  (%1)</source>
        <translation>Ressources  (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resource directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../sbs_desktop/ui/schedule_text.py" line="+35"/>
        <location line="+6"/>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../sbs_desktop/ui/schedule_page.py" line="+178"/>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weekly support hours</source>
        <translation>Heures de soutien hebdomadaires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New term</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+264"/>
        <source>Delete term</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Export calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Term:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Term dates</source>
        <translation>Dates de la session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save dates</source>
        <translation>Enregistrer les dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly hours</source>
        <translation>Heures hebdomadaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Room, building</source>
        <translation>Salle, pavillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add hours</source>
        <translation>&amp;Ajouter des heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Da&amp;y:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>D&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove selected hours</source>
        <translation>Retirer les heures choisies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates off (exam weeks, holidays)</source>
        <translation>Jours de congé (semaines d&apos;examens, congés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add date off</source>
        <translation>Ajouter ce jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add that week</source>
        <translation>Ajouter la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day of that week, Monday to Sunday</source>
        <translation>Tous les jours de cette semaine, du lundi au dimanche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove selected dates</source>
        <translation>Retirer les dates choisies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete the term %1 with its weekly hours and dates off?</source>
        <translation>Supprimer la session %1 avec ses heures hebdomadaires et ses jours de congé?</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Export support hours</source>
        <translation>Exporter les heures de soutien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peer support hours (in person)</source>
        <translation>Heures de soutien par les pairs (en personne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer support hours (online)</source>
        <translation>Heures de soutien par les pairs (en ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the calendar</source>
        <translation>Exportation du calendrier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the calendar to %1. Share it with classmates; it holds your hours and places only.</source>
        <translation>Calendrier enregistré dans %1. Partagez-le avec vos camarades; il ne contient que vos heures et vos lieux.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/survey_import_dialog.py" line="+57"/>
        <source>Import survey responses</source>
        <translation>Importer des réponses au sondage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a CSV file made from the survey template.</source>
        <translation>Choisissez un fichier CSV fait à partir du modèle de sondage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Survey responses</source>
        <translation>Réponses au sondage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the survey file</source>
        <translation>Vérification du fichier de sondage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Nothing was imported: the file has %n problem(s). Fix them and choose the file again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier comporte %n problème. Corrigez-le et choisissez de nouveau le fichier.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier comporte %n problèmes. Corrigez-les et choisissez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premiers sont énumérés.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n response(s) in the file, all valid.</source>
        <translation>
            <numerusform>%n réponse dans le fichier, valide.</numerusform>
            <numerusform>%n réponses dans le fichier, toutes valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n were imported before and will be skipped.</source>
        <translation>
            <numerusform>%n avait déjà été importée et sera ignorée.</numerusform>
            <numerusform>%n avaient déjà été importées et seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check the preview, then choose Import to add %n new response(s).</source>
        <translation>
            <numerusform>Vérifiez l&apos;aperçu, puis choisissez Importer pour ajouter %n nouvelle réponse.</numerusform>
            <numerusform>Vérifiez l&apos;aperçu, puis choisissez Importer pour ajouter %n nouvelles réponses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing survey responses</source>
        <translation>Importation des réponses au sondage</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported %n new response(s).</source>
        <translation>
            <numerusform>%n nouvelle réponse importée.</numerusform>
            <numerusform>%n nouvelles réponses importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/survey_page.py" line="+36"/>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End-of-year survey</source>
        <translation>Sondage de fin d&apos;année</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start &amp;kiosk mode</source>
        <translation>Lancer le mode &amp;kiosque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, one anonymous response after another; leaving asks for the vault passphrase.</source>
        <translation>Plein écran, une réponse anonyme après l&apos;autre; pour en sortir, il faut la phrase de passe du coffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV &amp;template…</source>
        <translation>Enregistrer le &amp;modèle CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load instrument version…</source>
        <translation>&amp;Charger une version du questionnaire…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type in a paper response</source>
        <translation>Saisir une réponse papier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form &amp;language:</source>
        <translation>&amp;Langue du formulaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answered &amp;on:</source>
        <translation>Ré&amp;pondu le&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: 1-9 pick an option, Y/N yes or no, 0 clears, Tab or Enter next question, Ctrl+Enter saves.</source>
        <translation>Touches&#xa0;: 1-9 choisir une option, O/N oui ou non, 0 efface, Tab ou Entrée question suivante, Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save response</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 (version %2). %n response(s) stored in this vault.</source>
        <translation>
            <numerusform>%1 (version %2). %n réponse enregistrée dans ce coffre.</numerusform>
            <numerusform>%1 (version %2). %n réponses enregistrées dans ce coffre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. The form is blank for the next response.</source>
        <translation>Enregistré. Le formulaire est vide pour la prochaine réponse.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Kiosk mode ended: %n response(s) taken.</source>
        <translation>
            <numerusform>Mode kiosque terminé&#xa0;: %n réponse recueillie.</numerusform>
            <numerusform>Mode kiosque terminé&#xa0;: %n réponses recueillies.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the survey CSV template</source>
        <translation>Enregistrer le modèle CSV du sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the template to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a survey instrument version</source>
        <translation>Charger une version du questionnaire de sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrument files (*.json)</source>
        <translation>Fichiers de questionnaire (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loaded %1 version %2. New responses use the newest version; earlier responses keep theirs.</source>
        <translation>%1 version %2 chargé. Les nouvelles réponses utilisent la version la plus récente; les réponses antérieures gardent la leur.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../sbs_desktop/ui/worker.py" line="+66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/vault_dialogs.py" line="-178"/>
        <source>Unlock your vault — Side-by-Side</source>
        <translation>Déverrouiller votre coffre — Side-by-Side</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new vault…</source>
        <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the passphrase for this vault:</source>
        <translation>Entrez la phrase de passe de ce coffre&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side-by-Side vaults (*%1);;All files (*)</source>
        <translation>Coffres Side-by-Side (*%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>UpcomingHours</name>
    <message>
        <location filename="../../sbs_desktop/ui/upcoming_hours.py" line="+20"/>
        <source>Upcoming hours</source>
        <translation>Heures à venir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hours coming up. Set your weekly hours on the Schedule page.</source>
        <translation>Aucune heure à venir. Indiquez vos heures hebdomadaires à la page Horaire.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../sbs_desktop/ui/labels.py" line="+25"/>
        <source>Peer supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordonnateur·rice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+55"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online message</source>
        <translation>Message en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other format</source>
        <translation>Autre mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Student</source>
        <translation>Étudiant·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noticed a change</source>
        <translation>Changement remarqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine check-in</source>
        <translation>Prise de nouvelles régulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Academic</source>
        <translation>Études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exams</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerkship</source>
        <translation>Externat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career and match</source>
        <translation>Carrière et jumelage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burnout and stress</source>
        <translation>Épuisement et stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood and anxiety</source>
        <translation>Humeur et anxiété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships and family</source>
        <translation>Relations et famille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistreatment</source>
        <translation>Mauvais traitements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical health</source>
        <translation>Santé physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Consommation de substances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grief</source>
        <translation>Deuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other concern</source>
        <translation>Autre préoccupation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No concern</source>
        <translation>Aucune préoccupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerned</source>
        <translation>Préoccupant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very concerned</source>
        <translation>Très préoccupant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate risk</source>
        <translation>Risque immédiat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faculty wellness office</source>
        <translation>Bureau du mieux-être de la Faculté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University counselling</source>
        <translation>Counselling de l&apos;Université</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Physician health program</source>
        <translation>Programme de santé des médecins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family physician</source>
        <translation>Médecin de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis line</source>
        <translation>Ligne de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency services</source>
        <translation>Services d&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic support</source>
        <translation>Soutien scolaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other referral</source>
        <translation>Autre orientation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>Year %n</source>
        <translation type="obsolete">%nre année</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../sbs_desktop/ui/schedule_page.py" line="-398"/>
        <source>Day off</source>
        <translation>Jour de congé</translation>
    </message>
</context>
</TS>
