# The containerd binary typed at the shell (cmd/containerd, an urfave/cli v1 app as ctr is): help
# of the app and of each command, version, flag errors and help topics. Only lines that stop
# before the daemon would start: the app's default action (no command, or a word that is none)
# starts containerd in the foreground, so it appears here only with a config that fails to load.
containerd --version
containerd -v
containerd --help
containerd -h
containerd help
containerd h
containerd help help
containerd help config
containerd h publish
containerd help oci-hook
containerd help nosuch
containerd config
containerd config --help
containerd config help
containerd config help dump
containerd config nosuch
containerd config default --help
containerd config dump --help
containerd config dump -h
containerd publish --help
containerd oci-hook --help
containerd --bogus
containerd -c
containerd config --bogus
containerd config default --bogus
containerd --config /nonexistent.toml
containerd -c /nonexistent.toml nosuch
containerd --version --help
containerd config default | head -3
