"""The dock's settings: connection profiles (no secret: the auth config id only), the link policy switch and
where the last good snapshot is kept."""

import os
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsSettings

SETTINGS = "eco_supervision/live_stations/"


@dataclass
class Profile:
    """One saved connection: service URL, API type (index in ``cloud.API_TYPES``), auth config id, the
    Generic JSON field mapping."""

    url: str = ""
    api: int = 0
    authcfg: str = ""
    mapping: str = ""


def profile_names():
    return QgsSettings().value(SETTINGS + "profiles", [], type=list) or []


def last_profile():
    return QgsSettings().value(SETTINGS + "last_profile", "")


def read_profile(name):
    s = QgsSettings()
    key = SETTINGS + "p/{}/".format(name)
    return Profile(url=s.value(key + "url", ""), api=int(s.value(key + "api", 0)),
                   authcfg=s.value(key + "authcfg", ""), mapping=s.value(key + "mapping", ""))


def write_profile(name, profile):
    """Store ``profile`` under ``name``, list the name and make it the one opened next time."""
    s = QgsSettings()
    key = SETTINGS + "p/{}/".format(name)
    s.setValue(key + "url", profile.url)
    s.setValue(key + "api", profile.api)
    s.setValue(key + "authcfg", profile.authcfg)
    s.setValue(key + "mapping", profile.mapping)
    names = profile_names()
    if name not in names:
        names.append(name)
    s.setValue(SETTINGS + "profiles", names)
    s.setValue(SETTINGS + "last_profile", name)


def allow_other_origins():
    """Whether links and redirects to another server are followed (without credentials); off by default."""
    return QgsSettings().value(SETTINGS + "allow_other_origins", False, type=bool)


def snapshot_path():
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "eco_supervision", "last_stations.json")
