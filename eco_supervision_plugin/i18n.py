"""Translation helpers shared by the plugin, the dock and the algorithms."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "EcoSupervision"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "i18n")


def tr(message, context=CONTEXT):
    """Translate ``message`` in the plugin's single translation context."""
    return QCoreApplication.translate(context, message)


def user_locale():
    """The language QGIS itself shows, as a catalogue code such as ``zh_CN`` or ``en_US``.

    The same order as QGIS's own start-up: the translation QGIS was started with (``--lang``, or
    the language chosen in Settings → Options, which QGIS passes to ``QgsApplication.setTranslation``),
    else that choice read from the settings (``locale/overrideFlag`` + ``locale/userLocale``, as
    qgis_process sees it), else the system locale. Codes go through ``QLocale``, so ``zh-Hans``
    (what the Options dialog stores), ``zh_CN``, ``zh-CN`` and ``zh`` all name the zh_CN catalogue.
    """
    code = ""
    app = QgsApplication.instance()
    if app is not None:
        try:
            code = app.translation() or ""
        except (AttributeError, TypeError):  # not in every binding
            code = ""
    if not code:
        settings = QgsSettings()
        if settings.value("locale/overrideFlag", False, type=bool):
            code = settings.value("locale/userLocale", "") or ""
    return QLocale(code).name() if code else QLocale.system().name()


_translator = None
_translator_locale = "en"


def install_translator(locale=None):
    """Load ``eco_supervision_<locale>.qm`` once; return True when a file was loaded."""
    global _translator, _translator_locale
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
                _translator_locale = name
                return True
    return False


def run_language():
    """The language this run's messages are shown in: the loaded catalogue's (``zh_CN``) or ``en``."""
    return _translator_locale if _translator is not None else "en"


def remove_translator():
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
