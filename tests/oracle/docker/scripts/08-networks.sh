# needs: bridge
# The networks of a fresh daemon (the default bridge on the private bridge device, which the
# normaliser calls docker0 on 172.17.0.0/16), their inspect output and errors, prune.
docker network ls
docker network ls -q
docker network inspect none
docker network inspect nosuch
docker network rm bridge
docker network create --help
docker network prune -f
