"""qgis_process.bin sees the provider once the plugin is enabled in a profile."""


def test_provider_listed(qgis_process):
    listing = qgis_process("list", json_output=True)
    assert "ecosupervision" in listing["providers"], sorted(listing["providers"])
    provider = listing["providers"]["ecosupervision"]
    assert provider["is_active"]
