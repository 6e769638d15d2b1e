<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/about.py" line="+45"/>
        <source>About Side-by-Side Desktop</source>
        <translation>À propos de Side-by-Side Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Side-by-Side Desktop&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Side-by-Side Desktop&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential records for the Side-by-Side peer support program: an encrypted vault on this computer, anonymised bundles for the coordinator, and the program&apos;s report. It never connects to the network.</source>
        <translation>Des dossiers confidentiels pour le programme de soutien par les pairs Side-by-Side : un coffre chiffré sur cet ordinateur, des paquets anonymisés pour la coordination et le rapport du programme. Il ne se connecte jamais au réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copyright © The Side-by-Side Desktop contributors. Free software under the MIT licence.</source>
        <translation>Copyright © Les contributeurs de Side-by-Side Desktop. Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Licence…</source>
        <translation>&amp;Licence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Third-party licences…</source>
        <translation>Licences de &amp;tiers…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side-by-Side Desktop licence</source>
        <translation>Licence de Side-by-Side Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Third-party licences</source>
        <translation>Licences de tiers</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../sbs_desktop/ui/activity_page.py" line="+31"/>
        <source>Interaction added</source>
        <translation>Interaction ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction changed</source>
        <translation>Interaction modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction deleted</source>
        <translation>Interaction supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction put back</source>
        <translation>Interaction rétablie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classmate added</source>
        <translation>Camarade ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classmate changed</source>
        <translation>Camarade modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classmate deleted</source>
        <translation>Camarade supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response added</source>
        <translation>Réponse au sondage ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response corrected</source>
        <translation>Réponse au sondage corrigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response deleted</source>
        <translation>Réponse au sondage supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response put back</source>
        <translation>Réponse au sondage rétablie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey import</source>
        <translation>Importation de sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle merged</source>
        <translation>Paquet fusionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation>Restauré à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old notes cleared</source>
        <translation>Anciennes notes effacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported, replacing an older export</source>
        <translation>importé, remplace une exportation plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported, nothing changed</source>
        <translation>déjà importé, rien n&apos;a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export %1 into the folder %2</source>
        <translation>Exportation %1 dans le dossier %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 added, %3 already there</source>
        <translation>%1 : %2 ajoutées, %3 déjà présentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Older than %1 months: %2 interactions, %3 classmates, %4 fields</source>
        <translation>Plus de %1 mois : %2 interactions, %3 camarades, %4 champs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(on opening)</source>
        <translation>(à l&apos;ouverture)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location line="+48"/>
        <location line="+6"/>
        <location line="+39"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Every change to this vault, newest first. It names the record and the fields changed, never what they hold, and it is never exported. Nobody can edit it.</source>
        <translation>Chaque modification de ce coffre, la plus récente d&apos;abord. Le journal nomme le dossier et les champs modifiés, jamais leur contenu, et il n&apos;est jamais exporté. Personne ne peut le modifier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../sbs_desktop/ui/backups_dialog.py" line="+201"/>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backups are set up for this vault.</source>
        <translation>Aucune sauvegarde n&apos;est configurée pour ce coffre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last good backup is more than a week old.</source>
        <translation>La dernière bonne sauvegarde date de plus d&apos;une semaine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup on closing</source>
        <translation>Sauvegarde à la fermeture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up the vault before closing…</source>
        <translation>Sauvegarde du coffre avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location line="-188"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="+9"/>
        <source>Backups — Side-by-Side</source>
        <translation>Sauvegardes — Side-by-Side</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup is a copy of your vault, encrypted with the same passphrase: it reveals nothing without it, so a USB stick or a synced folder is a fine place for it. Side-by-Side makes one when it closes, at most once a day, and checks each one before keeping it.</source>
        <translation>Une sauvegarde est une copie de votre coffre, chiffrée avec la même phrase de passe : sans elle, elle ne révèle rien; une clé USB ou un dossier synchronisé lui conviennent donc. Side-by-Side en fait une à la fermeture, au plus une fois par jour, et vérifie chacune avant de la garder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No folder chosen: no backups are made</source>
        <translation>Aucun dossier choisi : aucune sauvegarde n&apos;est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups to keep</source>
        <translation>Sauvegardes à garder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up &amp;to</source>
        <translation>Sauvegarder &amp;dans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Garder les plus récentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good backup</source>
        <translation>Dernière bonne sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1. %n backup(s) in the folder.</source>
        <translation>
            <numerusform>%1. %n sauvegarde dans le dossier.</numerusform>
            <numerusform>%1. %n sauvegardes dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up and checked: %1</source>
        <translation>Sauvegardé et vérifié : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>Sauvegarde annulée; rien n&apos;a été gardé.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/bundles_page.py" line="+41"/>
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
        <location line="+8"/>
        <source>Refuse unsigned bundles (made by versions before bundles were signed)</source>
        <translation>Refuser les paquets non signés (faits par des versions antérieures à la signature des paquets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the last import did</source>
        <translation>Ce qu&apos;a fait la dernière importation</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 bundles in use, from %2 supporters; %3 replaced by newer ones.</source>
        <translation>%1 paquets utilisés, de %2 pairs aidants; %3 remplacés par des plus récents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+25"/>
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
        <location line="+2"/>
        <source>Signed by key %1.</source>
        <translation>Signé par la clé %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>CommandLine</name>
    <message>
        <location filename="../../sbs_desktop/cli/__init__.py" line="+60"/>
        <source>interrupted; nothing was changed.</source>
        <translation>interrompu; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/audit.py" line="+51"/>
        <source>{count} events.</source>
        <translation>{count} événements.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/demo.py" line="+37"/>
        <source>{path} exists; left as it is.</source>
        <translation>{path} existe; laissé tel quel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--interactions must be from 0 to 1,000,000</source>
        <translation>--interactions doit être de 0 à 1 000 000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created a demo {role} vault at {path} (passphrase {shown}).</source>
        <translation>Coffre de démonstration {role} créé à {path} (phrase de passe {shown}).</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/export.py" line="+48"/>
        <source>cannot read the key file {path}: {reason}</source>
        <translation>impossible de lire le fichier de clé {path} : {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an encrypted bundle is always a .zip.age; leave out --format folder</source>
        <translation>un paquet chiffré est toujours un .zip.age; retirez --format folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported {interactions} interactions, {schedule} schedule rows and {survey} survey rows to {path}</source>
        <translation>{interactions} interactions, {schedule} lignes d&apos;horaire et {survey} lignes de sondage exportées dans {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(encrypted to {recipient})</source>
        <translation>(chiffré pour {recipient})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export {sequence}, signed by this vault&apos;s key {fingerprint}</source>
        <translation>Exportation {sequence}, signée par la clé de ce coffre {fingerprint}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault already has a key pair; it was kept (bundles encrypted to it stay readable).</source>
        <translation>Ce coffre a déjà une paire de clés; elle a été conservée (les paquets chiffrés pour elle restent lisibles).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key {key} saved to {path}</source>
        <translation>Clé publique {key} enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/failures.py" line="+92"/>
        <source>Details, without your data, are in {path}.</source>
        <translation>Les détails, sans vos données, sont dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{command} failed unexpectedly ({kind}). Run `sbs-desktop self-test` to check this installation.</source>
        <translation>{command} a échoué de façon inattendue ({kind}). Lancez `sbs-desktop self-test` pour vérifier cette installation.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/merge.py" line="+43"/>
        <source>refused   {reason}</source>
        <translation>refusé    {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged {source}: already imported (export {sequence} of {supporter})</source>
        <translation>inchangé  {source} : déjà importé (exportation {sequence} de {supporter})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, replacing export {sequence}</source>
        <translation>, qui remplace l&apos;exportation {sequence}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported  {source}: {interactions} interactions, {schedule} schedule rows, {survey} survey rows from {supporter}{replaced}; {signer}</source>
        <translation>importé   {source} : {interactions} interactions, {schedule} lignes d&apos;horaire, {survey} lignes de sondage de {supporter}{replaced}; {signer}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{imported} imported, {already} already there, {refused} refused</source>
        <translation>{imported} importés, {already} déjà présents, {refused} refusés</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/report.py" line="+38"/>
        <source>{small} counts hidden because they are below {threshold}, {more} more so that they cannot be worked out.</source>
        <translation>{small} effectifs masqués parce qu&apos;ils sont inférieurs à {threshold}, {more} de plus pour qu&apos;on ne puisse pas les déduire.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/retention.py" line="+37"/>
        <source>Would clear {fields} fields: {interactions} interactions before {cutoff} and {contacts} contacts.</source>
        <translation>Effacerait {fields} champs : {interactions} interactions avant le {cutoff} et {contacts} contacts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cleared {fields} fields: {interactions} interactions before {cutoff} and {contacts} contacts.</source>
        <translation>{fields} champs effacés : {interactions} interactions avant le {cutoff} et {contacts} contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n&apos;a été modifié (--dry-run).</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/retire.py" line="+25"/>
        <source>Retiring destroys these files once the final export is written:</source>
        <translation>Le retrait détruit ces fichiers une fois l&apos;exportation finale écrite :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no backups made by the program were found)</source>
        <translation>(aucune sauvegarde faite par le programme n&apos;a été trouvée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run from a terminal to confirm, or give --yes.</source>
        <translation>lancez la commande dans un terminal pour confirmer, ou ajoutez --yes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type &apos;retire&apos; to go ahead: </source>
        <translation>Tapez « retire » pour continuer : </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a folder.</source>
        <translation>{path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final export written to {path} (export {sequence}); give it to your coordinator.</source>
        <translation>Exportation finale écrite dans {path} (exportation {sequence}); remettez-la à votre coordination.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destroyed {path}</source>
        <translation>Détruit : {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups made by the program were found in the vault&apos;s backup folder.</source>
        <translation>Aucune sauvegarde faite par le programme n&apos;a été trouvée dans le dossier de sauvegarde du coffre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program cannot reach copies it did not make: a synced folder&apos;s history (OneDrive, Dropbox, iCloud), a file copied by hand or to a USB stick, or a system backup (Time Machine, File History). Delete those yourself.</source>
        <translation>Le programme ne peut pas atteindre les copies qu&apos;il n&apos;a pas faites : l&apos;historique d&apos;un dossier synchronisé (OneDrive, Dropbox, iCloud), un fichier copié à la main ou sur une clé USB, ou une sauvegarde du système (Time Machine, Historique des fichiers). Supprimez-les vous-même.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/survey.py" line="+47"/>
        <source>Wrote the survey template to {path}.</source>
        <translation>Modèle de sondage écrit dans {path}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} problems in all</source>
        <translation>{count} problèmes en tout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was imported from {file}.</source>
        <translation>rien n&apos;a été importé de {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {count} responses (instrument {instrument} version {version}), {already} already imported.</source>
        <translation>{file} : {count} réponses (questionnaire {instrument} version {version}), {already} déjà importées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {count} new responses.</source>
        <translation>{count} nouvelles réponses importées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} responses.</source>
        <translation>{count} réponses.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted {count} responses.</source>
        <translation>{count} réponses supprimées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response with id {ids}; see `sbs-desktop survey list`.</source>
        <translation>aucune réponse avec l&apos;identifiant {ids}; voyez `sbs-desktop survey list`.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/terminal.py" line="+21"/>
        <source>set {variable} or run from a terminal to give the passphrase</source>
        <translation>définissez {variable} ou lancez la commande dans un terminal pour donner la phrase de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault passphrase: </source>
        <translation>Phrase de passe du coffre : </translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/cli/vault_commands.py" line="+84"/>
        <location line="+99"/>
        <source>set {variable} or run from a terminal</source>
        <translation>définissez {variable} ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Again: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two entries differ; nothing was changed</source>
        <translation>les deux saisies diffèrent; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase for the new vault: </source>
        <translation>Phrase de passe du nouveau coffre : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the {role} vault {path}</source>
        <translation>Coffre {role} créé : {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase: </source>
        <translation>Phrase de passe actuelle : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase of {path} is changed</source>
        <translation>La phrase de passe de {path} est changée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backed up {count} interactions to {path} (verified)</source>
        <translation>{count} interactions sauvegardées dans {path} (vérifié)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is whole: every page checks, {count} interactions</source>
        <translation>{path} est intact : chaque page est vérifiée, {count} interactions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored {backup} to {path}</source>
        <translation>{backup} restauré dans {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the earlier file is kept as {kept}</source>
        <translation>; l&apos;ancien fichier est conservé sous {kept}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase for the key file: </source>
        <translation>Phrase de passe du fichier de clé : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coordinator key is saved, encrypted, to {path}</source>
        <translation>La clé de coordination est enregistrée, chiffrée, dans {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase of the key file: </source>
        <translation>Phrase de passe du fichier de clé : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault now holds the coordinator key {key}</source>
        <translation>Ce coffre contient maintenant la clé de coordination {key}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/contacts_page.py" line="+58"/>
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
        <location line="+39"/>
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
        <location line="+3"/>
        <source>Classmates</source>
        <translation>Camarades</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../sbs_desktop/ui/coordinator_key_page.py" line="+45"/>
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
        <translation>Créer la pa&amp;ire de clés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use a saved key…</source>
        <translation>&amp;Utiliser une clé enregistrée…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the &amp;key (for a new computer)…</source>
        <translation>Enregistrer la c&amp;lé (pour un nouvel ordinateur)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key, encrypted with a passphrase of its own: with it, a new vault on another computer can open the supporters&apos; exports.</source>
        <translation>La clé secrète, chiffrée avec sa propre phrase de passe : grâce à elle, un nouveau coffre sur un autre ordinateur peut ouvrir les exportations des pairs aidants.</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+13"/>
        <source>The key is saved to %1, encrypted with its own passphrase. Keep the file and its passphrase apart, both somewhere safe.</source>
        <translation>La clé est enregistrée dans %1, chiffrée avec sa propre phrase de passe. Gardez le fichier et sa phrase de passe séparément, tous deux en lieu sûr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved key is now this vault&apos;s key: exports made for it can be opened here.</source>
        <translation>La clé enregistrée est maintenant celle de ce coffre : les exportations faites pour elle peuvent être ouvertes ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted key files (*.age)</source>
        <translation>Fichiers de clé chiffrés (*.age)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Use a saved key</source>
        <translation>Utiliser une clé enregistrée</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Encrypted key files (*.age);;All files (*)</source>
        <translation>Fichiers de clé chiffrés (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key&apos;s passphrase:</source>
        <translation>Phrase de passe de la clé :</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/vault_dialogs.py" line="+163"/>
        <source>Create a vault — Side-by-Side</source>
        <translation>Créer un coffre — Side-by-Side</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (confirmation)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not the coordinator, not the developers. Without it, everything in this vault is gone for good. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Personne ne peut récupérer une phrase de passe perdue&lt;/b&gt; — ni la coordination, ni les développeurs. Sans elle, tout le contenu de ce coffre est perdu pour de bon. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>You talk with classmates and keep a log of it.</source>
        <translation>Vous parlez avec des camarades et en tenez un journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You run the programme and merge the supporters&apos; anonymous exports into a report.</source>
        <translation>Vous gérez le programme et fusionnez les exportations anonymes des pairs aidants en un rapport.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am a</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New vault</source>
        <translation>Nouveau coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side-by-Side vaults (*%1)</source>
        <translation>Coffres Side-by-Side (*%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unfinished vault</source>
        <translation>Coffre inachevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unfinished vault, left by an earlier crash while it was being created, is in this place. It holds no record. Set it aside and create the new vault?</source>
        <translation>Un coffre inachevé, laissé par un plantage pendant sa création, se trouve à cet endroit. Il ne contient aucun dossier. Le mettre de côté et créer le nouveau coffre?</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="vanished">Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="vanished">Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="vanished">Passable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="vanished">Robuste</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="vanished">Très robuste</translation>
    </message>
    <message>
        <source>Use four or more unrelated words.</source>
        <translation type="vanished">Utilisez au moins quatre mots sans lien entre eux.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="vanished">Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Side-by-Side is locked.</source>
        <translation type="vanished">Side-by-Side est verrouillé.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/dashboard_page.py" line="+83"/>
        <source>Not recorded</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Q%2</source>
        <translation>%1 T%2</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+22"/>
        <location line="+10"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Academic &amp;year:</source>
        <translation>Année &amp;universitaire :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide counts &amp;below:</source>
        <translation>&amp;Masquer les effectifs sous :</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+45"/>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation type="vanished">Année universitaire&#xa0;:</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show as published (small counts hidden)</source>
        <translation>Afficher comme publié (petits effectifs masqués)</translation>
    </message>
    <message>
        <source>Hide counts below:</source>
        <translation type="vanished">Masquer les effectifs sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counts from 1 to this number less one are hidden in the report and the CSV files.</source>
        <translation>Les effectifs de 1 jusqu&apos;à ce nombre moins un sont masqués dans le rapport et les fichiers CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>By month</source>
        <translation type="vanished">Par mois</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+27"/>
        <source>Computing the statistics</source>
        <translation>Calcul des statistiques</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By half-year</source>
        <translation>Par semestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By academic year</source>
        <translation>Par année universitaire</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 interactions from %2 supporters; referral rate %3%; classmates reached (an upper bound) %4; %5 survey respondents.</source>
        <translation>%1 interactions de %2 pairs aidants; taux d&apos;orientation %3&#xa0;%; camarades joints (borne supérieure) %4; %5 répondant·e·s au sondage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 counts hidden because they are below %2, %3 more so that they cannot be worked out.</source>
        <translation>%1 effectifs masqués parce qu&apos;ils sont inférieurs à %2, %3 de plus pour qu&apos;on ne puisse pas les déduire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Interactions per quarter by format</source>
        <translation>Interactions par trimestre selon le mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions per half-year by format</source>
        <translation>Interactions par semestre selon le mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions per academic year by format</source>
        <translation>Interactions par année universitaire selon le mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data yet</source>
        <translation>Aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Interactions per month by format</source>
        <translation type="vanished">Interactions par mois selon le mode</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Who started the interaction</source>
        <translation>Qui a amorcé l&apos;interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions with each referral</source>
        <translation>Interactions par orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barriers: Faculty services vs Side-by-Side</source>
        <translation>Obstacles&#xa0;: services de la Faculté ou Side-by-Side</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export the report to</source>
        <translation>Exporter le rapport vers</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../sbs_desktop/app/merge.py" line="+42"/>
        <source>this is an older export than the one already imported from the same supporter; the newer one is kept</source>
        <translation>cette exportation est plus ancienne que celle déjà importée du même pair aidant; la plus récente est conservée</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/report.py" line="+28"/>
        <source>The small-count threshold must be a whole number from {low} to {high}.</source>
        <translation>Le seuil des petits effectifs doit être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/schedule.py" line="+37"/>
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
        <location filename="../../sbs_desktop/app/survey.py" line="+62"/>
        <source>the file is too large to be a survey instrument</source>
        <translation>le fichier est trop volumineux pour être un questionnaire de sondage</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../sbs_desktop/exchange/bundle_rejections.py" line="+30"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this version is already known with different questions; give the changed instrument a new version</source>
        <translation>cette version existe déjà avec des questions différentes; donnez un nouveau numéro de version au questionnaire modifié</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/survey_import.py" line="+66"/>
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
        <location line="+9"/>
        <source>this cell is longer than any answer can be ({most} characters)</source>
        <translation>cette cellule est plus longue que toute réponse possible ({most} caractères)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{value}&quot; is chosen twice</source>
        <translation>« {value} » est choisi deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../sbs_desktop/core/survey.py" line="+90"/>
        <source>the date cannot be in the future</source>
        <translation>la date ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/contact.py" line="+35"/>
        <location filename="../../sbs_desktop/core/resource.py" line="+39"/>
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
        <location filename="../../sbs_desktop/core/interaction.py" line="+102"/>
        <location filename="../../sbs_desktop/store/contacts.py" line="+19"/>
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
        <location line="+11"/>
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
        <location line="+5"/>
        <source>{bundle}: {file}, row {row}: {reason}</source>
        <translation>{bundle} : {file}, ligne {row} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{bundle}: {file}, field {column}: {reason}</source>
        <translation>{bundle} : {file}, champ {column} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{bundle}: {file} (whole file): {reason}</source>
        <translation>{bundle} : {file} (fichier entier) : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{bundle} (whole bundle): {reason}</source>
        <translation>{bundle} (paquet entier) : {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file}, row {row}, column {column}: {reason}</source>
        <translation>{file}, ligne {row}, colonne {column}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This installation is incomplete: the program&apos;s own files ({name}) are missing. Reinstall Side-by-Side Desktop.</source>
        <translation>Cette installation est incomplète : les fichiers du programme ({name}) sont manquants. Réinstallez Side-by-Side Desktop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This record is no longer in the vault (it may have just been deleted).</source>
        <translation>Ce dossier n&apos;est plus dans le coffre (il vient peut-être d&apos;être supprimé).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep records for 1 to {most} months, or turn retention off ({months} given).</source>
        <translation>Gardez les dossiers de 1 à {most} mois, ou désactivez la conservation limitée ({months} indiqué).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault {path} did not open. Either the passphrase is wrong or the start of the file is damaged: the two cannot be told apart. Check the passphrase; if it is right, restore the vault from a backup.</source>
        <translation>Le coffre {path} ne s&apos;est pas ouvert. Soit la phrase de passe est erronée, soit le début du fichier est endommagé : impossible de distinguer les deux. Vérifiez la phrase de passe; si elle est juste, restaurez le coffre à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault {path} is missing its {missing} most recent saved changes: the journal file beside it was damaged or deleted. Restore the newest backup, or open the vault without those changes.</source>
        <translation>Il manque au coffre {path} ses {missing} dernières modifications enregistrées : le fichier journal à côté de lui a été endommagé ou supprimé. Restaurez la sauvegarde la plus récente, ou ouvrez le coffre sans ces modifications.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {path} could not be made: {reason}. The vault is unchanged.</source>
        <translation>La sauvegarde {path} n&apos;a pas pu être faite : {reason}. Le coffre est inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup {path} cannot be used: {reason}. Nothing was changed.</source>
        <translation>La sauvegarde {path} ne peut pas être utilisée : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backup folder is chosen for the vault {path}. Choose one first.</source>
        <translation>Aucun dossier de sauvegarde n&apos;est choisi pour le coffre {path}. Choisissez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other work is still using the vault {path}. Let it finish, then try again. Nothing was changed.</source>
        <translation>Une autre tâche utilise encore le coffre {path}. Laissez-la finir, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file {path} could not be opened: {reason}. Check the key&apos;s passphrase and that this is a coordinator key saved by Side-by-Side.</source>
        <translation>Le fichier de clé {path} n&apos;a pas pu être ouvert : {reason}. Vérifiez la phrase de passe de la clé et qu&apos;il s&apos;agit bien d&apos;une clé de coordination enregistrée par Side-by-Side.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{bundle}: signed with the key {key}, but bundles of supporter {supporter} are signed with the key {pinned}. It was not made by that supporter&apos;s vault and is refused; compare the fingerprints with the supporter.</source>
        <translation>{bundle} : signé avec la clé {key}, mais les paquets du pair aidant {supporter} sont signés avec la clé {pinned}. Il n&apos;a pas été fait par le coffre de ce pair aidant et il est refusé; comparez les empreintes avec le pair aidant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{bundle}: the bundle is not signed. {why}</source>
        <translation>{bundle} : le paquet n&apos;est pas signé. {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault {path} already has another coordinator key. Using the saved key would leave every bundle encrypted to the present one unreadable, so nothing was changed.</source>
        <translation>Le coffre {path} a déjà une autre clé de coordination. Utiliser la clé enregistrée rendrait illisible chaque paquet chiffré pour la clé actuelle; rien n&apos;a donc été modifié.</translation>
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
        <location filename="../../sbs_desktop/core/schedule.py" line="+113"/>
        <source>the term cannot end before it starts</source>
        <translation>la session ne peut pas finir avant de commencer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a day from Monday to Sunday</source>
        <translation>doit être un jour du lundi au dimanche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hours must end after they start</source>
        <translation>l&apos;heure de fin doit suivre l&apos;heure de début</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../sbs_desktop/exchange/bundle_rejections.py" line="-16"/>
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
        <source>is not the academic year of the row&apos;s period</source>
        <translation>n&apos;est pas l&apos;année universitaire de la période de la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>the file is far larger than a bundle&apos;s manifest or signature can be</source>
        <translation>le fichier est bien plus gros que ne peut l&apos;être le manifeste ou la signature d&apos;un paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not an ordinary file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds more bytes than its declared size</source>
        <translation>le fichier contient plus d&apos;octets que sa taille déclarée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip declares a size that its compressed data cannot have</source>
        <translation>le zip déclare une taille que ses données compressées ne peuvent pas avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip stores this file in a way bundles never use (only stored or deflate, no password)</source>
        <translation>le zip stocke ce fichier d&apos;une façon que les paquets n&apos;utilisent jamais (seulement stored ou deflate, sans mot de passe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row is far longer than any row of a bundle</source>
        <translation>la ligne est bien plus longue que toute ligne d&apos;un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cell holds a line break, which no bundle cell has</source>
        <translation>une cellule contient un saut de ligne, ce qu&apos;aucune cellule de paquet ne contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than any value this column holds</source>
        <translation>est plus long que toute valeur de cette colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hours of this period add up to more than the period has</source>
        <translation>les heures de cette période dépassent la durée de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives the same answer twice in one response</source>
        <translation>donne la même réponse deux fois dans une même réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the other answers of the same response</source>
        <translation>diffère des autres réponses de la même réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answers of this response are not all together; it appears twice</source>
        <translation>les réponses de cette réponse ne sont pas toutes ensemble; elle apparaît deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from the instrument of the newest survey response in survey.csv</source>
        <translation>diffère du questionnaire de la réponse au sondage la plus récente de survey.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names a survey instrument, but survey.csv has no answers</source>
        <translation>nomme un questionnaire, mais survey.csv n&apos;a aucune réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names no survey instrument, but survey.csv has answers</source>
        <translation>ne nomme aucun questionnaire, mais survey.csv a des réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unexpected error stopped the check of this bundle; nothing of it was stored</source>
        <translation>une erreur inattendue a arrêté la vérification de ce paquet; rien n&apos;en a été stocké</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name for the export; nothing was written.</source>
        <translation type="vanished">{path} existe déjà. Choisissez un autre nom pour l&apos;exportation; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/bundle_writer.py" line="+65"/>
        <source>{path} already exists, and an export never replaces anything. Choose another name, such as {suggestion}; nothing was written.</source>
        <translation>{path} existe déjà, et une exportation ne remplace jamais rien. Choisissez un autre nom, par exemple {suggestion}; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the export to {path} ({reason}). Nothing was left behind.</source>
        <translation>Impossible d&apos;écrire l&apos;exportation dans {path} ({reason}). Rien n&apos;a été laissé derrière.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
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
        <location line="+34"/>
        <source>it is not an age file</source>
        <translation>ce n&apos;est pas un fichier age</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the passphrase does not open it, or it is damaged</source>
        <translation>la phrase de passe ne l&apos;ouvre pas, ou il est endommagé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it does not hold one coordinator key</source>
        <translation>il ne contient pas une clé de coordination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key in it is damaged</source>
        <translation>la clé qu&apos;il contient est endommagée</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/manifest.py" line="+45"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is not part of a version 1 manifest</source>
        <translation type="vanished">ne fait pas partie d&apos;un manifeste de version 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the wrong type</source>
        <translation>n&apos;a pas le bon type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not in the expected form</source>
        <translation>n&apos;a pas la forme attendue</translation>
    </message>
    <message>
        <source>does not have the value a version 1 bundle needs</source>
        <translation type="vanished">n&apos;a pas la valeur exigée pour un paquet de version 1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>is not part of a manifest of this format version</source>
        <translation>ne fait pas partie d&apos;un manifeste de cette version du format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not have the value this format version needs</source>
        <translation>n&apos;a pas la valeur qu&apos;exige cette version du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than a manifest allows</source>
        <translation>est plus long que ce qu&apos;un manifeste permet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a whole number written with digits only (no decimal point or exponent)</source>
        <translation>n&apos;est pas un nombre entier écrit seulement avec des chiffres (sans virgule décimale ni exposant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not valid JSON</source>
        <translation>n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is larger than a manifest can be (64 KiB)</source>
        <translation>est plus gros que ne peut l&apos;être un manifeste (64 Kio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested deeper than a manifest can be</source>
        <translation>est imbriqué plus profondément qu&apos;un manifeste ne le peut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears twice</source>
        <translation>apparaît deux fois</translation>
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
        <location filename="../../sbs_desktop/ui/classmate_field.py" line="+80"/>
        <source>no classmate has this name; pick one from the list or add them with New classmate…</source>
        <translation>aucun contact ne porte ce nom; choisissez-en un dans la liste ou ajoutez-le avec Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/interaction_form.py" line="+365"/>
        <source>choose the main concern</source>
        <translation>choisissez la préoccupation principale</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/messages.py" line="+41"/>
        <source>Something unexpected went wrong ({kind}). Nothing was changed.</source>
        <translation>Une erreur inattendue est survenue ({kind}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <message>
        <location filename="../../sbs_desktop/analysis/suppression.py" line="+30"/>
        <source>Nothing was written: {count} hidden counts could still be narrowed down from the published figures, even with every other count hidden. Raise the small-count threshold or wait for more data.</source>
        <translation>Rien n&apos;a été écrit : {count} effectifs masqués pourraient encore être cernés à partir des chiffres publiés, même en masquant tous les autres effectifs. Relevez le seuil des petits effectifs ou attendez plus de données.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/backups.py" line="+167"/>
        <source>a file of that name appeared</source>
        <translation>un fichier de ce nom est apparu</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/bundle_trust.py" line="+17"/>
        <source>Earlier bundles of this supporter were signed, so an unsigned one may be forged.</source>
        <translation>Les paquets précédents de ce pair aidant étaient signés; un paquet non signé peut donc être contrefait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault refuses unsigned bundles (a setting on the Bundles page).</source>
        <translation>Ce coffre refuse les paquets non signés (un réglage de la page Paquets).</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/exchange/signing.py" line="+21"/>
        <source>the bundle is signed (format version 2) but its signature file is missing</source>
        <translation>le paquet est signé (version 2 du format), mais son fichier de signature manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not an Ed25519 signature (64 bytes)</source>
        <translation>n&apos;est pas une signature Ed25519 (64 octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match manifest.json and the key it names: the bundle was changed after it was signed, or was not signed by that key</source>
        <translation>la signature ne correspond pas à manifest.json et à la clé qu&apos;il nomme : le paquet a été modifié après sa signature, ou n&apos;a pas été signé par cette clé</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/store/cipher.py" line="+47"/>
        <source>pages are missing</source>
        <translation>des pages manquent</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/store/interactions.py" line="+76"/>
        <source>is not one of the codes this field allows</source>
        <translation>n&apos;est pas un des codes permis pour ce champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose at least one concern</source>
        <translation>choisissez au moins une préoccupation</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/store/vault_file.py" line="+161"/>
        <source>there is no file there</source>
        <translation>il n&apos;y a aucun fichier à cet endroit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an unencrypted SQLite database</source>
        <translation>c&apos;est une base de données SQLite non chiffrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its size is not a whole number of pages</source>
        <translation>sa taille n&apos;est pas un nombre entier de pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its contents are not encrypted</source>
        <translation>son contenu n&apos;est pas chiffré</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../sbs_desktop/exchange/bundle_writer.py" line="-157"/>
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
        <location filename="../../sbs_desktop/ui/export_dialog.py" line="+89"/>
        <source>Export for the coordinator</source>
        <translation>Exportation pour la coordination</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+13"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No support hours: no term is set on the Schedule page yet.</source>
        <translation>Aucune heure de soutien : aucune session n&apos;est encore définie à la page Horaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No support hours yet: hours are sent once they have been offered, and your first ones are on %1.</source>
        <translation>Pas encore d&apos;heures de soutien : les heures sont envoyées une fois offertes, et vos premières sont le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No support hours: your terms have no weekly hours set on the Schedule page.</source>
        <translation>Aucune heure de soutien : vos sessions n&apos;ont aucune heure hebdomadaire définie à la page Horaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first %1 of %2 rows, as written (columns are the bundle format&apos;s codes):</source>
        <translation>Les %1 premières lignes sur %2, telles qu&apos;écrites (les colonnes sont les codes du format des paquets)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rows: the file will hold its header row only.</source>
        <translation>Aucune ligne&#xa0;: le fichier ne contiendra que sa ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportation annulée. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/export_page.py" line="+44"/>
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
        <location line="+8"/>
        <source>Coordinator&apos;s public key</source>
        <translation>Clé publique de la coordination</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>C&amp;harger un fichier de clé…</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="vanished">&amp;Retirer la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move key</source>
        <translation>Retirer la c&amp;lé</translation>
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
        <location filename="../../sbs_desktop/ui/labels.py" line="+56"/>
        <source>Name or initials</source>
        <translation>Nom ou initiales</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Year of study</source>
        <translation>Année d&apos;études</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach reason</source>
        <translation>Motif de la prise de contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary concern</source>
        <translation>Préoccupation principale</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Follow-up due</source>
        <translation>Suivi prévu le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term dates</source>
        <translation>Dates de la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Format</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who started it</source>
        <translation>Qui l&apos;a amorcée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+3"/>
        <source>Instrument</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/first_run.py" line="+33"/>
        <location line="+3"/>
        <source>Welcome to Side-by-Side</source>
        <translation>Bienvenue dans Side-by-Side</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you record is kept in a vault: one encrypted file on this computer, opened only with your passphrase. You have no vault yet.</source>
        <translation>Tout ce que vous consignez est gardé dans un coffre : un fichier chiffré sur cet ordinateur, qui ne s&apos;ouvre qu&apos;avec votre phrase de passe. Vous n&apos;avez pas encore de coffre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create my vault as a peer supporter</source>
        <translation>Créer mon coffre de pair aidant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You talk with classmates and keep a private log of it; once a term you export an anonymous summary for your coordinator.</source>
        <translation>Vous parlez avec des camarades et en tenez un journal privé; une fois par session, vous exportez un résumé anonyme pour votre coordination.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a coordinator&apos;s vault</source>
        <translation>Créer un coffre de coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You run the programme: you merge the supporters&apos; anonymous exports and make the report.</source>
        <translation>Vous gérez le programme : vous fusionnez les exportations anonymes des pairs aidants et produisez le rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a vault I already have…</source>
        <translation>Ouvrir un coffre que j&apos;ai déjà…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault file copied from another computer, or restored from a backup.</source>
        <translation>Un fichier de coffre copié d&apos;un autre ordinateur, ou restauré à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the demo</source>
        <translation>Essayer la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault filled with made-up classmates and interactions, to look around in. Its passphrase is “%1”.</source>
        <translation>Un coffre rempli de camarades et d&apos;interactions fictifs, pour faire le tour. Sa phrase de passe est « %1 ».</translation>
    </message>
    <message>
        <location line="+54"/>
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
    <name>FollowUpList</name>
    <message>
        <location filename="../../sbs_desktop/ui/home_page.py" line="+76"/>
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
        <location line="+9"/>
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
        <location line="+10"/>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+56"/>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../sbs_desktop/ui/interaction_form.py" line="-287"/>
        <source>New interaction</source>
        <translation>Nouvelle interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit interaction</source>
        <translation>Modifier l&apos;interaction</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+8"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/classmate_field.py" line="-48"/>
        <source>Name or initials (optional)</source>
        <translation>Nom ou initiales (facultatif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New class&amp;mate…</source>
        <translation>Nou&amp;veau contact…</translation>
    </message>
    <message>
        <source>&amp;New classmate…</source>
        <translation type="vanished">Nou&amp;veau contact…</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/interaction_form.py" line="-4"/>
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
        <location line="+2"/>
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
        <location line="+16"/>
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
        <location line="+303"/>
        <source>Saved the interaction of %1.</source>
        <translation>Interaction du %1 enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Classmate</source>
        <translation type="vanished">&amp;Camarade</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Year of study</source>
        <translation>Année d&apos;étud&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation type="vanished">&amp;Suivi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Con&amp;cerns</source>
        <translation>Préoccupa&amp;tions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Primary concern</source>
        <translation>Préoccupation &amp;principale</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation type="vanished">&amp;Orientations</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+165"/>
        <source>&amp;Action taken</source>
        <translation>Mesures pr&amp;ises</translation>
    </message>
    <message>
        <location line="-160"/>
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
        <location line="+143"/>
        <source>&amp;Action taken *</source>
        <translation>Mesures pr&amp;ises *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required for immediate risk: what did you do? (e.g. called 9-8-8 together, walked them to emergency)</source>
        <translation>Obligatoire en cas de risque immédiat&#xa0;: qu&apos;avez-vous fait? (p. ex. appelé le 9-8-8 ensemble, accompagné la personne à l&apos;urgence)</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Please correct before saving:</source>
        <translation>Veuillez corriger avant d&apos;enregistrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cla&amp;ssmate</source>
        <translation>&amp;Camarade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fo&amp;llow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;eferrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <location line="+276"/>
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
        <location filename="../../sbs_desktop/ui/interaction_table.py" line="+64"/>
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
        <location line="+173"/>
        <source>(no classmate linked)</source>
        <translation>(aucun contact lié)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (done)</source>
        <translation>%1 (fait)</translation>
    </message>
</context>
<context>
    <name>InteractionsPage</name>
    <message>
        <location filename="../../sbs_desktop/ui/interactions_page.py" line="+74"/>
        <source>Delete interaction</source>
        <translation>Supprimer l&apos;interaction</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+77"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+56"/>
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
    <name>KeyPassphraseDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/coordinator_key_page.py" line="+11"/>
        <source>The key&apos;s passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase for the key file. Anyone with the file and this passphrase can open every export sent to you: use one you do not use anywhere else.</source>
        <translation>Choisissez une phrase de passe pour le fichier de clé. Quiconque a le fichier et cette phrase de passe peut ouvrir toutes les exportations qui vous sont envoyées : prenez-en une que vous n&apos;utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (confirmation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the key</source>
        <translation>Enregistrer la clé</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../sbs_desktop/ui/kiosk.py" line="+44"/>
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
        <location line="+86"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Personnel&#xa0;: quitter le mode kiosque</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked — Side-by-Side</source>
        <translation type="vanished">Verrouillé — Side-by-Side</translation>
    </message>
    <message>
        <source>Side-by-Side locked itself after a period without use.</source>
        <translation type="vanished">Side-by-Side s&apos;est verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Enter your passphrase to carry on. Anything you were typing is kept as it was.</source>
        <translation type="vanished">Entrez votre phrase de passe pour continuer. Tout ce que vous étiez en train de taper est conservé tel quel.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="vanished">Phrase de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="vanished">Déverrouiller</translation>
    </message>
    <message>
        <source>That is not this vault&apos;s passphrase.</source>
        <translation type="vanished">Ce n&apos;est pas la phrase de passe de ce coffre.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../sbs_desktop/ui/lock.py" line="+110"/>
        <source>Your vault is closed. Enter your passphrase to open it again; a form you were writing comes back as it was.</source>
        <translation>Votre coffre est fermé. Entrez votre phrase de passe pour le rouvrir; un formulaire que vous remplissiez revient tel quel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Side-by-Side locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Side-by-Side s&apos;est verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Side-by-Side s&apos;est verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side-by-Side locked because the computer was locked or went to sleep.</source>
        <translation>Side-by-Side s&apos;est verrouillé parce que l&apos;ordinateur a été verrouillé ou mis en veille.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You locked Side-by-Side.</source>
        <translation>Vous avez verrouillé Side-by-Side.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbs_desktop/ui/main_window.py" line="+58"/>
        <source>Side-by-Side — %1 (%2)</source>
        <translation>Side-by-Side — %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What you were writing when Side-by-Side locked is back in its form.</source>
        <translation>Ce que vous écriviez quand Side-by-Side s&apos;est verrouillé est de retour dans son formulaire.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New interaction…</source>
        <translation>&amp;Nouvelle interaction…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;vault…</source>
        <translation>Nouveau co&amp;ffre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep records…</source>
        <translation>&amp;Conservation des dossiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;tire this vault…</source>
        <translation>Re&amp;tirer ce coffre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Side-by-Side Desktop…</source>
        <translation>À &amp;propos de Side-by-Side Desktop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party &amp;licences…</source>
        <translation>&amp;Licences de tiers…</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location line="+16"/>
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
    <name>NewPassphrase</name>
    <message>
        <location filename="../../sbs_desktop/ui/passphrase_fields.py" line="+29"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (confirmation)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+5"/>
        <source>Use four or more unrelated words.</source>
        <translation>Utilisez au moins quatre mots sans lien entre eux.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/passphrase_dialog.py" line="+32"/>
        <source>Change the passphrase — Side-by-Side</source>
        <translation>Changer la phrase de passe — Side-by-Side</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is encrypted again with the new passphrase. Backups made before keep the old one: keep it until they are replaced. Nobody can recover a lost passphrase.</source>
        <translation>Le coffre est chiffré de nouveau avec la nouvelle phrase de passe. Les sauvegardes faites avant gardent l&apos;ancienne : conservez-la jusqu&apos;à ce qu&apos;elles soient remplacées. Personne ne peut récupérer une phrase de passe perdue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current passphrase</source>
        <translation>Phrase de passe &amp;actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase &amp;again</source>
        <translation>Nouvelle phrase de passe (&amp;confirmation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>La phrase de passe est changée. Utilisez la nouvelle dorénavant.</translation>
    </message>
</context>
<context>
    <name>ProgramState</name>
    <message>
        <location filename="../../sbs_desktop/ui/coordinator_home.py" line="+30"/>
        <source>State of the program</source>
        <translation>État du programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts hidden below</source>
        <translation>Effectifs masqués sous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;bundles…</source>
        <translation>Importer des &amp;paquets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;dashboard</source>
        <translation>Ouvrir le &amp;tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the re&amp;port…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 from %2 supporters</source>
        <translation>%1 de %2 pairs aidants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, from %2 (%3 interactions)</source>
        <translation>%1, de %2 (%3 interactions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers from supporters&apos; bundles; %2 responses entered here</source>
        <translation>%1 réponses provenant des paquets des pairs aidants; %2 réponses saisies ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (a count from 1 to %2 is shown as &quot;fewer than %1&quot;)</source>
        <translation>%1 (un effectif de 1 à %2 est affiché « moins de %1 »)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: import the bundles supporters sent you this term.</source>
        <translation>Prochaine étape : importez les paquets que les pairs aidants vous ont envoyés cette session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard shows the merged data; the report is what you publish.</source>
        <translation>Le tableau de bord montre les données fusionnées; le rapport est ce que vous publiez.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../sbs_desktop/analysis/report.py" line="+69"/>
        <location line="+96"/>
        <location line="+90"/>
        <location filename="../../sbs_desktop/analysis/wording.py" line="+35"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interactions logged</source>
        <translation>Interactions consignées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporters with data</source>
        <translation>Pairs aidants ayant des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions with at least one referral</source>
        <translation>Interactions avec au moins une orientation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral rate (% of interactions)</source>
        <translation>Taux d&apos;orientation (% des interactions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classmates reached (upper bound, see Methods)</source>
        <translation>Camarades joints (borne supérieure, voir Méthodes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours offered</source>
        <translation>Heures de soutien offertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours spent in interactions</source>
        <translation>Heures passées en interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey respondents</source>
        <translation>Répondants au sondage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Barrier</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fac. yes</source>
        <translation>Fac. oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faculty % (95% CI)</source>
        <translation>Faculté&#xa0;% (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SbS yes</source>
        <translation>SbS oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SbS % (95% CI)</source>
        <translation>SbS&#xa0;% (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yates P</source>
        <translation>P de Yates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fisher P</source>
        <translation>P de Fisher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>McNemar P</source>
        <translation>P de McNemar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>{start} to {end}</source>
        <translation>{start} au {end}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Export</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported (UTC)</source>
        <translation>Exporté (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported (UTC)</source>
        <translation>Importé (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey rows</source>
        <translation>Lignes de sondage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{small} counts are hidden because they are below {threshold}, and {more} more so that they cannot be worked out from the rest.</source>
        <translation>{small} effectifs sont masqués parce qu&apos;ils sont inférieurs à {threshold}, et {more} de plus pour qu&apos;on ne puisse pas les déduire des autres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fewer than {threshold}</source>
        <translation>moins de {threshold}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no period</source>
        <translation>aucune période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built {built} UTC from {bundles} bundles of {supporters} supporters ({covered}) and {responses} survey responses entered in the coordinator&apos;s vault.</source>
        <translation>Produit le {built} UTC à partir de {bundles} paquets de {supporters} pairs aidants ({covered}) et de {responses} réponses au sondage saisies dans le coffre de la coordination.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions over time</source>
        <translation>Interactions au fil du temps</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/analysis/wording.py" line="+70"/>
        <source>Quarters of the academic year: Q1 is September to November, Q2 December to February, Q3 March to May, Q4 June to August. interactions_by_month.csv has the same figures by month.</source>
        <translation>Trimestres de l&apos;année universitaire&#xa0;: T1 va de septembre à novembre, T2 de décembre à février, T3 de mars à mai, T4 de juin à août. Le fichier interactions_by_month.csv donne les mêmes chiffres par mois.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/analysis/report.py" line="+7"/>
        <source>How interactions happened</source>
        <translation>Comment les interactions ont eu lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who started the interaction</source>
        <translation>Qui a amorcé l&apos;interaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started by</source>
        <translation>Amorcée par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outreach reason (supporter-started)</source>
        <translation>Motif de la démarche (amorcée par le pair aidant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what</source>
        <translation>Qui et quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../sbs_desktop/analysis/wording.py" line="-7"/>
        <source>Academic year</source>
        <translation>Année universitaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of study</source>
        <translation>Année d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As primary concern</source>
        <translation>Comme préoccupation principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned</source>
        <translation>Mentionnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% mentioned</source>
        <translation>% mentionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An interaction can lead to several referrals, so the rows can add up to more than the interactions with a referral.</source>
        <translation>Une interaction peut mener à plusieurs orientations; la somme des lignes peut donc dépasser le nombre d&apos;interactions avec une orientation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interactions with each referral</source>
        <translation>Interactions par orientation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporters</source>
        <translation>Pairs aidants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporters appear by pseudonym only.</source>
        <translation>Les pairs aidants n&apos;apparaissent que sous un pseudonyme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classmates reached</source>
        <translation>Camarades joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours offered</source>
        <translation>Heures offertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours in interactions</source>
        <translation>Heures en interactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barriers to seeking help (survey)</source>
        <translation>Obstacles à la demande d&apos;aide (sondage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of respondents who said each barrier kept them from seeking help from Faculty of Medicine services and from Side-by-Side.</source>
        <translation>Proportion des répondants qui disent que chaque obstacle les a empêchés de demander de l&apos;aide aux services de la Faculté de médecine et à Side-by-Side.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barriers: Faculty services vs Side-by-Side</source>
        <translation>Obstacles&#xa0;: services de la Faculté et Side-by-Side</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles this report was built from</source>
        <translation>Paquets à partir desquels ce rapport a été produit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Side-by-Side Peer Support Program: report</source>
        <translation>Programme de soutien par les pairs Side-by-Side&#xa0;: rapport</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/analysis/wording.py" line="-65"/>
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
        <source>Why supporters reached out</source>
        <translation>Pourquoi les pairs aidants ont fait les premiers pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of respondents naming the barrier (95% CI)</source>
        <translation>% des répondants nommant l&apos;obstacle (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small counts (hidden)</source>
        <translation>Petits effectifs (masqués)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not recorded</source>
        <translation>Non consignée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year} H{number}</source>
        <translation>{year} S{number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} Q{number}</source>
        <translation>{year} T{number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>suppressed</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interactions per quarter by format</source>
        <translation>Interactions par trimestre selon le mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions per half-year by format</source>
        <translation>Interactions par semestre selon le mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions per academic year by format</source>
        <translation>Interactions par année universitaire selon le mode</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>interactions_by_month.csv and interactions_by_quarter.csv have the same figures by month and by quarter, with more of them hidden.</source>
        <translation>interactions_by_month.csv et interactions_by_quarter.csv donnent les mêmes chiffres par mois et par trimestre, davantage masqués.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown by quarter: {shown}% of its non-zero counts can be published (the aim is {most}% or more).</source>
        <translation>Présenté par trimestre&#xa0;: {shown}&#xa0;% de ses effectifs non nuls peuvent être publiés (l&apos;objectif est de {most}&#xa0;% ou plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown by half-year (H1 is September to February, H2 March to August): by quarter, fewer than {most}% of the non-zero counts could be published; by half-year, {shown}% can.</source>
        <translation>Présenté par semestre (S1 va de septembre à février, S2 de mars à août)&#xa0;: par trimestre, moins de {most}&#xa0;% des effectifs non nuls pourraient être publiés; par semestre, {shown}&#xa0;% peuvent l&apos;être.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown by academic year: by half-year, fewer than {most}% of the non-zero counts could be published; by academic year, {shown}% can.</source>
        <translation>Présenté par année universitaire&#xa0;: par semestre, moins de {most}&#xa0;% des effectifs non nuls pourraient être publiés; par année universitaire, {shown}&#xa0;% peuvent l&apos;être.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown by academic year, the coarsest period: even so only {shown}% of its non-zero counts can be published (the aim is {most}% or more).</source>
        <translation>Présenté par année universitaire, la période la plus large&#xa0;: même ainsi, seulement {shown}&#xa0;% de ses effectifs non nuls peuvent être publiés (l&apos;objectif est de {most}&#xa0;% ou plus).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data. Every supporter&apos;s vault exports an anonymised bundle: interactions without names, notes or exact times, dated to the ISO week (or month), with classmates as pseudonyms that cannot be reversed. Each bundle is checked (its files&apos; SHA-256 hashes, row counts, columns and every code) before it is merged. A newer bundle from a supporter replaces that supporter&apos;s earlier one. Survey responses come from the bundles and from responses entered in the coordinator&apos;s own vault. Weeks count in the month that holds their Thursday, and a month in its quarter and academic year (1 September to 31 August), so months add up to quarters and quarters to years.</source>
        <translation>Données. Le coffre de chaque pair aidant exporte un paquet anonymisé&#xa0;: des interactions sans noms, sans notes ni heures exactes, datées à la semaine ISO (ou au mois), où les camarades figurent sous des pseudonymes irréversibles. Chaque paquet est vérifié (empreintes SHA-256 de ses fichiers, nombres de lignes, colonnes et chaque code) avant d&apos;être fusionné. Un paquet plus récent d&apos;un pair aidant remplace le précédent de ce pair aidant. Les réponses au sondage proviennent des paquets et des réponses saisies dans le coffre même de la coordination. Une semaine compte dans le mois qui contient son jeudi, et un mois dans son trimestre et son année universitaire (du 1er septembre au 31 août); ainsi, les mois s&apos;additionnent en trimestres et les trimestres en années.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Classmates reached. Each supporter&apos;s interactions name a classmate by a pseudonym made with that supporter&apos;s own secret key, so one student seen by two supporters has two unrelated pseudonyms and cannot be matched. The figure adds up the distinct classmates of each supporter. It over-counts students who saw more than one supporter, so read it as an upper bound on the number of different students reached; interactions logged without a linked classmate are not in it at all, and it says nothing about who those students are.</source>
        <translation>Camarades joints. Les interactions de chaque pair aidant désignent un camarade par un pseudonyme fait avec la clé secrète propre à ce pair aidant&#xa0;: une personne vue par deux pairs aidants a donc deux pseudonymes sans lien, impossibles à rapprocher. Le chiffre additionne les camarades distincts de chaque pair aidant. Il compte plus d&apos;une fois les étudiants qui ont vu plus d&apos;un pair aidant; lisez-le donc comme une borne supérieure du nombre d&apos;étudiants différents joints. Les interactions consignées sans camarade associé n&apos;y figurent pas du tout, et il ne dit rien de l&apos;identité de ces étudiants.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours. Hours offered are each supporter&apos;s scheduled weekly support hours, with days off removed. Hours spent in interactions are the sum of the logged durations.</source>
        <translation>Heures. Les heures offertes sont les heures de soutien hebdomadaires prévues de chaque pair aidant, moins les jours de congé. Les heures passées en interactions sont la somme des durées consignées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey tests. For each barrier, the analysis includes the respondents who answered it for both Faculty of Medicine services and Side-by-Side. The share answering yes is given with a Wilson 95% score interval. As in the program&apos;s published paper, the two shares are compared with the chi-square test with Yates&apos; continuity correction and with Fisher&apos;s exact test on the 2 x 2 table (service by yes/no). Because each respondent answered for both services, the answers are paired, and McNemar&apos;s exact test (a two-sided binomial test on the respondents who said yes for one service but not the other) is the right test; it is reported too. All P values are two-sided and not adjusted for the ten barriers compared.</source>
        <translation>Tests du sondage. Pour chaque obstacle, l&apos;analyse retient les répondants qui y ont répondu à la fois pour les services de la Faculté de médecine et pour Side-by-Side. La proportion de oui est donnée avec un intervalle de score de Wilson à 95&#xa0;%. Comme dans l&apos;article publié du programme, les deux proportions sont comparées par le test du khi carré avec la correction de continuité de Yates et par le test exact de Fisher sur le tableau 2 x 2 (service par oui/non). Puisque chaque répondant a répondu pour les deux services, les réponses sont appariées, et le test exact de McNemar (un test binomial bilatéral sur les répondants qui ont dit oui pour un service mais pas pour l&apos;autre) est le test approprié; il est présenté aussi. Toutes les valeurs P sont bilatérales et ne sont pas ajustées pour les dix obstacles comparés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Small counts. To protect the students behind them, every count from 1 to {below} is shown as &quot;&lt;{threshold}&quot;, and so are some zeros: &quot;&lt;{threshold}&quot; means 0 to {below}. Enough other counts are hidden (&quot;suppressed&quot;, which means {threshold} or more) that, with every published table, total and relation between them, a count shown as &quot;&lt;{threshold}&quot; could still be any of at least {values} consecutive values, and no hidden count is known exactly; an integer programme checks this over all tables before anything is written. Every percentage, interval or P value computed from a hidden count is hidden too. The exact figures stay inside the coordinator&apos;s encrypted vault. The threshold is a setting of the vault.</source>
        <translation>Petits effectifs. Pour protéger les étudiants qu&apos;ils représentent, chaque effectif de 1 à {below} est affiché «&#xa0;&lt;{threshold}&#xa0;», tout comme certains zéros&#xa0;: «&#xa0;&lt;{threshold}&#xa0;» signifie de 0 à {below}. Assez d&apos;autres effectifs sont masqués («&#xa0;masqué&#xa0;», ce qui signifie {threshold} ou plus) pour que, compte tenu de chaque tableau publié, de chaque total et de chaque relation entre eux, un effectif affiché «&#xa0;&lt;{threshold}&#xa0;» puisse encore prendre au moins {values} valeurs consécutives, et qu&apos;aucun effectif masqué ne soit connu exactement; un programme en nombres entiers le vérifie sur tous les tableaux avant que quoi que ce soit ne soit écrit. Chaque pourcentage, intervalle ou valeur P calculé à partir d&apos;un effectif masqué est masqué aussi. Les chiffres exacts restent dans le coffre chiffré de la coordination. Le seuil est un paramètre du coffre.</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/app/report.py" line="+70"/>
        <source>Reading the merged data</source>
        <translation>Lecture des données fusionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing the statistics</source>
        <translation>Calcul des statistiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the charts</source>
        <translation>Tracé des graphiques</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing {kind}</source>
        <translation>Écriture du {kind}</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/resource_directory.py" line="+61"/>
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
        <location line="+121"/>
        <source>Crisis and referral contacts</source>
        <translation>Ressources de crise et d&apos;orientation</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+24"/>
        <source>Press %1 anywhere in Side-by-Side to open this directory.</source>
        <translation>Appuyez sur %1 n&apos;importe où dans Side-by-Side pour ouvrir ce répertoire.</translation>
    </message>
</context>
<context>
    <name>ResourceDirectoryDialog</name>
    <message>
        <location line="+37"/>
        <source>Resource directory — Side-by-Side</source>
        <translation>Répertoire des ressources — Side-by-Side</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Immediate risk.&lt;/b&gt; If the classmate is in danger now, call a crisis contact below — stay with them while you do.</source>
        <translation>&lt;b&gt;Risque immédiat.&lt;/b&gt; Si la personne est en danger maintenant, appelez une ressource d&apos;urgence ci-dessous — restez avec elle pendant l&apos;appel.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="-226"/>
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
        <location line="+25"/>
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
        <location line="+4"/>
        <source>Resource directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/survey_responses.py" line="+91"/>
        <source>Survey response of %1</source>
        <translation>Réponse au sondage du %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 version %2, %3. Its answers can be corrected; it stays the same response (an imported one is still recognised when its file is imported again).</source>
        <translation>%1 version %2, %3. Ses réponses peuvent être corrigées; elle reste la même réponse (une réponse importée est encore reconnue quand son fichier est importé de nouveau).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answered &amp;on:</source>
        <translation>Ré&amp;pondu le :</translation>
    </message>
</context>
<context>
    <name>ResponsesPanel</name>
    <message>
        <location line="+86"/>
        <source>Stored survey responses</source>
        <translation>Réponses au sondage enregistrées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annuler  (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open and correct…</source>
        <translation>&amp;Ouvrir et corriger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n response(s) stored.</source>
        <translation>
            <numerusform>%n réponse enregistrée.</numerusform>
            <numerusform>%n réponses enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Response corrected.</source>
        <translation>Réponse corrigée.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../sbs_desktop/ui/restore_offer.py" line="+39"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>A backup of this vault from %1 opens with this passphrase and is whole (%n interaction(s)). Restore it? The current file is kept aside, not deleted; changes made after the backup are not in it.</source>
        <translation>
            <numerusform>Une sauvegarde de ce coffre du %1 s&apos;ouvre avec cette phrase de passe et est intacte (%n interaction). La restaurer? Le fichier actuel est mis de côté, pas supprimé; les modifications faites après la sauvegarde n&apos;y sont pas.</numerusform>
            <numerusform>Une sauvegarde de ce coffre du %1 s&apos;ouvre avec cette phrase de passe et est intacte (%n interactions). La restaurer? Le fichier actuel est mis de côté, pas supprimé; les modifications faites après la sauvegarde n&apos;y sont pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/retention_dialog.py" line="+44"/>
        <source>Keep records</source>
        <translation>Conservation des dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes, the action taken and a classmate&apos;s name and contact details are needed while you support someone, not for ever. Past the period chosen they are cleared each time the vault is opened. Dates, format, concerns, risk, referrals and durations stay, so exports and reports count the same.</source>
        <translation>Les notes, les mesures prises ainsi que le nom et les coordonnées d&apos;un camarade servent pendant que vous soutenez quelqu&apos;un, pas pour toujours. Passé la période choisie, ils sont effacés à chaque ouverture du coffre. Les dates, le mode, les préoccupations, le risque, les orientations et les durées restent : les exportations et les rapports comptent donc la même chose.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep everything (off)</source>
        <translation>Tout garder (désactivé)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear after %n month(s)</source>
        <translation>
            <numerusform>Effacer après %n mois</numerusform>
            <numerusform>Effacer après %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes and contact details:</source>
        <translation>&amp;Notes et coordonnées :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Clear now</source>
        <translation>&amp;Effacer maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save setting</source>
        <translation>En&amp;registrer le réglage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written before %1 that is still kept: clearing now changes nothing.</source>
        <translation>Rien de ce qui a été écrit avant le %1 n&apos;est encore gardé : effacer maintenant ne change rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clearing now empties %1 fields: the notes or action taken of %2 interactions before %3, and the name and contact details of %4 classmates seen only before then.</source>
        <translation>Effacer maintenant vide %1 champs : les notes ou mesures prises de %2 interactions avant le %3, et le nom et les coordonnées de %4 camarades vus seulement avant cette date.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retention setting saved.</source>
        <translation>Réglage de conservation enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear old notes</source>
        <translation>Effacer les anciennes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty %1 fields for good? This cannot be undone.</source>
        <translation>Vider %1 champs pour de bon? Impossible d&apos;annuler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing old notes…</source>
        <translation>Effacement des anciennes notes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cleared %1 fields of %2 interactions and %3 classmates.</source>
        <translation>%1 champs effacés dans %2 interactions et %3 camarades.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/retire_dialog.py" line="+41"/>
        <source>Retire this vault</source>
        <translation>Retirer ce coffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;When you graduate or leave the program, retiring hands your records over and closes this vault for good:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a final export for your coordinator is written into the folder below;&lt;/li&gt;&lt;li&gt;the vault %1 and %2 backup(s) the program made are overwritten at their start, so that no passphrase opens them, and deleted;&lt;/li&gt;&lt;li&gt;Side-by-Side closes.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Quand vous obtenez votre diplôme ou quittez le programme, le retrait remet vos dossiers et ferme ce coffre pour de bon :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;une exportation finale pour votre coordination est écrite dans le dossier ci-dessous;&lt;/li&gt;&lt;li&gt;le coffre %1 et les %2 sauvegardes faites par le programme sont écrasés à leur début, pour qu&apos;aucune phrase de passe ne les ouvre, puis supprimés;&lt;/li&gt;&lt;li&gt;Side-by-Side se ferme.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+24"/>
        <source>Folder for the final export</source>
        <translation>Dossier de l&apos;exportation finale</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to:</source>
        <translation>&amp;Exporter dans :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;understand that this vault and its backups cannot be recovered afterwards.</source>
        <translation>J&apos;ai &amp;bien compris que ce coffre et ses sauvegardes ne pourront pas être récupérés ensuite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the final export…</source>
        <translation>Écriture de l&apos;exportation finale…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault retired</source>
        <translation>Coffre retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The final export is &lt;b&gt;%1&lt;/b&gt;: give it to your coordinator.&lt;/p&gt;&lt;p&gt;%2 file(s) were overwritten and deleted.&lt;/p&gt;&lt;p&gt;Side-by-Side cannot reach copies it did not make: a synced folder&apos;s history (OneDrive, Dropbox, iCloud), a file copied by hand or to a USB stick, or a system backup (Time Machine, File History). Delete those yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;exportation finale est &lt;b&gt;%1&lt;/b&gt; : remettez-la à votre coordination.&lt;/p&gt;&lt;p&gt;%2 fichier(s) écrasé(s) et supprimé(s).&lt;/p&gt;&lt;p&gt;Side-by-Side ne peut pas atteindre les copies qu&apos;il n&apos;a pas faites : l&apos;historique d&apos;un dossier synchronisé (OneDrive, Dropbox, iCloud), un fichier copié à la main ou sur une clé USB, ou une sauvegarde du système (Time Machine, Historique des fichiers). Supprimez-les vous-même.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../sbs_desktop/ui/schedule_text.py" line="+37"/>
        <location line="+5"/>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../sbs_desktop/ui/schedule_page.py" line="+67"/>
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
        <location line="+281"/>
        <source>Delete term</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Export calendar (.ics)…</source>
        <translation>Calendrier (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Term:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+4"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save dates</source>
        <translation>Enregistrer les dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Weekly hours</source>
        <translation>Heures hebdomadaires</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Room, building</source>
        <translation>Salle, pavillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add hours</source>
        <translation>Ajou&amp;ter des heures</translation>
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
        <source>&amp;To:</source>
        <translation type="vanished">&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;o:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start with New term (above): weekly hours and dates off belong to a term.</source>
        <translation>Commencez par Nouvelle session (ci-dessus) : les heures hebdomadaires et les jours de congé appartiennent à une session.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove selected hours</source>
        <translation>Retirer les heures choisies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates off (exam weeks, holidays)</source>
        <translation>Jours de congé (semaines d&apos;examens, congés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date off</source>
        <translation>Jour de congé</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+6"/>
        <source>Dates off</source>
        <translation>Jours de congé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove selected dates</source>
        <translation>Retirer les dates choisies</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete the term %1 with its weekly hours and dates off?</source>
        <translation>Supprimer la session %1 avec ses heures hebdomadaires et ses jours de congé?</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/calendar_export.py" line="+21"/>
        <source>Export support hours</source>
        <translation>Exporter les heures de soutien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Peer support hours (in person)</source>
        <translation>Heures de soutien par les pairs (en personne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer support hours (online)</source>
        <translation>Heures de soutien par les pairs (en ligne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the calendar</source>
        <translation>Exportation du calendrier</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/ui/schedule_page.py" line="+78"/>
        <source>Saved the calendar to %1. Share it with classmates; it holds your hours and places only.</source>
        <translation>Calendrier enregistré dans %1. Partagez-le avec vos camarades; il ne contient que vos heures et vos lieux.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/survey_import_dialog.py" line="+60"/>
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
        <location line="+1"/>
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
        <location line="+10"/>
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
        <location line="+8"/>
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
        <location filename="../../sbs_desktop/ui/survey_page.py" line="+46"/>
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
        <translation>Charger une &amp;version du questionnaire…</translation>
    </message>
    <message>
        <source>Type in a paper response</source>
        <translation type="vanished">Saisir une réponse papier</translation>
    </message>
    <message>
        <source>Form &amp;language:</source>
        <translation type="vanished">&amp;Langue du formulaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Form lan&amp;guage:</source>
        <translation>&amp;Langue du formulaire :</translation>
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
    <message>
        <location line="+4"/>
        <source>T&amp;ype in a response</source>
        <translation>Saisir une répo&amp;nse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored res&amp;ponses</source>
        <translation>Réponses enre&amp;gistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
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
        <location line="+15"/>
        <source>Save the survey CSV template</source>
        <translation>Enregistrer le modèle CSV du sondage</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>SurveyResponses</name>
    <message>
        <location filename="../../sbs_desktop/ui/survey_responses.py" line="-211"/>
        <source>Typed in</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrument version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered</source>
        <translation>Questions répondues</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not recorded</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Delete response</source>
        <translation>Supprimer la réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Response deleted.</source>
        <translation>Réponse supprimée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Response put back.</source>
        <translation>Réponse rétablie.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../sbs_desktop/ui/worker.py" line="+89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Still working</source>
        <translation>Travail en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Some work did not stop within %n second(s). Side-by-Side stays open so that nothing is lost; close it again in a moment.</source>
        <translation>
            <numerusform>Une tâche ne s&apos;est pas arrêtée en %n seconde. Side-by-Side reste ouvert pour que rien ne soit perdu; fermez-le de nouveau dans un instant.</numerusform>
            <numerusform>Une tâche ne s&apos;est pas arrêtée en %n secondes. Side-by-Side reste ouvert pour que rien ne soit perdu; fermez-le de nouveau dans un instant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../sbs_desktop/ui/vault_dialogs.py" line="-202"/>
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
        <location line="+22"/>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side-by-Side vaults (*%1);;All files (*)</source>
        <translation>Coffres Side-by-Side (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restored. The damaged file is kept as %1.</source>
        <translation>Restauré. Le fichier endommagé est conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>UpcomingHours</name>
    <message>
        <location filename="../../sbs_desktop/ui/upcoming_hours.py" line="+20"/>
        <location line="+3"/>
        <source>Upcoming hours</source>
        <translation>Heures à venir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hours coming up. Set your weekly hours on the Schedule page.</source>
        <translation>Aucune heure à venir. Indiquez vos heures hebdomadaires à la page Horaire.</translation>
    </message>
</context>
<context>
    <name>VaultSwitch</name>
    <message>
        <location filename="../../sbs_desktop/ui/vault_switch.py" line="+55"/>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side-by-Side vaults (*%1);;All files (*)</source>
        <translation>Coffres Side-by-Side (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Recent vaults</source>
        <translation>Coffres &amp;récents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No other vaults yet</source>
        <translation>Aucun autre coffre pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../sbs_desktop/ui/labels.py" line="-22"/>
        <source>Peer supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordonnateur·rice</translation>
    </message>
    <message>
        <location filename="../../sbs_desktop/core/words.py" line="+17"/>
        <location filename="../../sbs_desktop/ui/labels.py" line="+4"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../sbs_desktop/ui/labels.py" line="+1"/>
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
        <location filename="../../sbs_desktop/analysis/wording.py" line="-117"/>
        <location filename="../../sbs_desktop/ui/labels.py" line="+69"/>
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
        <location filename="../../sbs_desktop/ui/week_view.py" line="+90"/>
        <source>Day off</source>
        <translation>Jour de congé</translation>
    </message>
</context>
</TS>
