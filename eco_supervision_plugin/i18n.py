"""Translation helpers shared by the plugin, the dock and the algorithms."""

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "EcoSupervision"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "i18n")


def tr(message, context=CONTEXT):
    """Translate ``message`` in the plugin's single translation context."""
    return QCoreApplication.translate(context, message)


def user_locale():
    """The locale QGIS shows its interface in, e.g. ``zh_CN`` or ``en_US``."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "") or QLocale.system().name()
    return QLocale.system().name()


_translator = None


def install_translator(locale=None):
    """Load ``eco_supervision_<locale>.qm`` once; return True when a file was loaded."""
    global _translator
    if _translator is not None:
        return True
    locale = locale or user_locale()
    for name in (locale, locale[:2]):
        path = os.path.join(I18N_DIR, "eco_supervision_{}.qm".format(name))
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translator = translator
                return True
    return False


def remove_translator():
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
