# docker build with DOCKER_BUILDKIT=1 and RUN --mount (dockerd 20.10's builtin dockerfile
# frontend from buildkit 0.8): secrets from --secret, a required one missing, the CLI's own
# checks of --secret and --ssh, ssh, cache, bind and tmpfs mounts (what stays in the layer),
# the frontend's errors, and the classic builder's refusal. Progress lines race (the internal
# loads, step times), so each build compares its exit code, its steps' names, CACHED marks and
# RUN output without times, and the lines that are not progress. A RUN that prints on both
# streams merges them (2>&1): BuildKit reads stdout and stderr on separate pipes, so their order
# in the progress races (CI of 23bbb0f saw the real node print them both ways).
# needs: bridge
docker load -i busybox-docker.tar
mkdir -p m && echo s3cr3t > m/secret.txt && echo other > m/other.txt && echo hello > m/a.txt
printf 'FROM busybox\nRUN --mount=type=secret,id=foo cat /run/secrets/foo\n' > m/Secret
DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=foo,src=m/secret.txt -f m/Secret -t sec m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=foo,src=m/other.txt -f m/Secret -t sec m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
docker build --secret id=foo,src=m/secret.txt -f m/Secret -t sec m
printf 'FROM busybox\nRUN --mount=type=secret,id=foo,required cat /run/secrets/foo\n' > m/Req
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/Req -t sec m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=foo,src=m/nosuch -f m/Secret m
DOCKER_BUILDKIT=1 docker build --progress=plain --secret foo -f m/Secret m
printf 'FROM busybox\nRUN --mount=type=secret,id=tok,target=/s cat /s && echo && ls /s\n' > m/Env
TOKEN=abc DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=tok,env=TOKEN -f m/Env m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
env -u SSH_AUTH_SOCK DOCKER_BUILDKIT=1 docker build --progress=plain --ssh default -f m/Secret m
printf 'FROM busybox\nRUN --mount=type=ssh ls /run/buildkit/ssh_agent.0\n' > m/Ssh
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/Ssh m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=type=cache,target=/c echo x >> /c/f && cat /c/f && echo y > /keep\nRUN cat /keep; ls /c\n' > m/Cache
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/Cache m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build --progress=plain --no-cache -f m/Cache m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=target=/m,source=a.txt cat /m && echo y > /m2; touch /m 2>/dev/null || echo rofail\nRUN ls /m /m2 2>&1\n' > m/Bind
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/Bind m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=type=tmpfs,target=/t echo a > /t/a && ls /t\nRUN ls /t\n' > m/Tmp
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/Tmp m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=type=bind,target=/x --mount=type=cache,target=/y ls /x/a.txt\n' > m/Two
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/Two m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=type=bogus,target=/x true\n' > m/B1
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/B1 m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=type=bind,foo=bar,target=/x true\n' > m/B2
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/B2 m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --mount=type=cache true\n' > m/B3
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/B3 m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --network=none true\n' > m/N
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/N m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN --security=insecure true\n' > m/S
DOCKER_BUILDKIT=1 docker build --progress=plain -f m/S m > out 2>&1; echo $?; grep -E '^#[0-9]+ (\[[^i]|CACHED|ERROR|[0-9.]+ )' out | sed -E 's/^#[0-9]+ ([0-9.]+ )?//'; grep -vE '^#|^$' out
