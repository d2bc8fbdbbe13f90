# daemon.json's settings beyond logging (issue 11): debug, labels, insecure registries (a host, a
# CIDR written off its network address) and mirrors (the same one twice, with and without the
# trailing slash) as `docker info` shows them after dockerd read them at start. One host among the
# insecure registries, one label: Go lists several in map order. The refusals dockerd exits with
# (unknown keys, keys the unit's flags set, wrong types, bad mirrors) need a daemon that fails to
# start: unit tests, checked against a private dockerd by hand
# (simulator/dockerd/runtime/daemon-json.test.ts, daemon-config.test.ts).
# daemon-json: {"labels":["env=lab"],"insecure-registries":["harbor.mydomain.com","10.1.2.3/8"],"registry-mirrors":["https://mirror.example.com","https://mirror.example.com/"],"live-restore":true,"debug":true}
docker info -f '{{.Debug}} {{.Labels}} {{.LiveRestoreEnabled}}'
docker info -f '{{json .RegistryConfig.Mirrors}} {{json .RegistryConfig.InsecureRegistryCIDRs}}'
docker info -f '{{json .RegistryConfig.IndexConfigs}}'
docker info | grep -A6 'Insecure Registries'
docker info | grep -B1 -A2 'Registry:'
docker info | grep 'Debug Mode'
docker info | grep -c 'File Descriptors'
docker info -f '{{json .IndexServerAddress}}'
