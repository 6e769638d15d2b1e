"""Which pages the main window shows for each role, in order, and the frame each sits in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.vocabulary import Role

# A page is a QWidget built as Page(vault, parent). It has a translated
# `page_title()` static method, and a `refresh()` the window calls each time
# the page is shown so that it reflects what other pages changed.
PageFactory = Callable[[Vault, QWidget], QWidget]

# Every page's margins, so that page titles line up at one margin whichever page shows.
PAGE_MARGINS = (20, 14, 20, 14)


def pages_for(role: Role) -> list[PageFactory]:
    """The page classes for a role; imported here so start-up loads only what it shows."""
    from sbs_desktop.ui.activity_page import ActivityPage
    from sbs_desktop.ui.contacts_page import ContactsPage
    from sbs_desktop.ui.home_page import HomePage
    from sbs_desktop.ui.interactions_page import InteractionsPage
    from sbs_desktop.ui.resource_directory import ResourcesPage
    from sbs_desktop.ui.schedule_page import SchedulePage
    from sbs_desktop.ui.survey_page import SurveyPage

    if role is Role.SUPPORTER:
        from sbs_desktop.ui.export_page import ExportPage

        return [HomePage, InteractionsPage, ContactsPage, SchedulePage, SurveyPage, ExportPage,
                ResourcesPage, ActivityPage]
    from sbs_desktop.ui.bundles_page import BundlesPage
    from sbs_desktop.ui.coordinator_key_page import CoordinatorKeyPage
    from sbs_desktop.ui.dashboard_page import DashboardPage

    return [HomePage, DashboardPage, BundlesPage, CoordinatorKeyPage, SurveyPage, ResourcesPage,
            ActivityPage]


class PageFrame(QScrollArea):
    """A page in a scroll area: on a small screen or at a large text scale the page
    scrolls instead of being clipped or making the window taller than the screen."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("pageFrame")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        if page.layout() is not None:
            page.layout().setContentsMargins(*PAGE_MARGINS)
        self.setWidget(page)
