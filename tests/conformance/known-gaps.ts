// Transcript commands whose simulated output does not match the recorded node yet, each with
// its reason. conformance.test.ts asserts that every entry here still differs, so a fix
// forces its removal from this list. Keys are "<file>#<n> <command>" (see entryKey).

export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  "03-images#76 ctr images push docker.io/library/nginx:alpine":
    "a real push HEADs the manifest's blobs concurrently and reports whichever fails first: the same command failed on the config (#73) and here on the layer; the simulator always names the config",
  "04-containers#26 ctr containers checkpoint --task c1 ckpt2":
    "the recorded node had a task for c1 at this point (the transcripts were not recorded in one pass: 05-tasks starts c1 later); without a task a real ctr 1.6.20 says `task c1 not found: not found`, as the simulator does (checked on the real containerd oracle)",
  "04-containers#27 ctr tasks checkpoint c1":
    "the recorded node had a task for c1 at this point (see 04-containers#26); without one a real ctr 1.6.20 says `no running task found: task c1 not found: not found`, as the simulator does (checked on the real containerd oracle)",
  "05-tasks#28 ctr tasks metrics --format json s1":
    "cgroup counters (CPU nanoseconds, memory bytes) of a live process differ on every run and are not normalised in the transcripts",
  "05-tasks#84 sleep 1; ctr t ls":
    "recorded after 06-run had started b1, web2 and t4 (the files were not recorded in number order); the replay runs 05 before 06",
  "05-tasks#87 ctr t ls":
    "recorded after 06-run had started b1, web2 and t4 (the files were not recorded in number order); the replay runs 05 before 06",
  "05-tasks#92 sleep 1; ctr t ls":
    "recorded after 06-run had started b1, web2 and t4 (the files were not recorded in number order); the replay runs 05 before 06",
  "05-tasks#95 ctr c info --spec web2":
    "web2 is created by 06-run, which the recorded node had run before this line (the replay runs 05 before 06)",
  "05-tasks#96 ctr tasks ps web2":
    "web2 is created by 06-run, which the recorded node had run before this line (the replay runs 05 before 06)",
  "05-tasks#97 ctr t ls -q":
    "recorded after 06-run had started b1, web2 and t4 (the files were not recorded in number order); the replay runs 05 before 06",
  "05-tasks#98 ctr tasks ls --quiet":
    "recorded after 06-run had started b1, web2 and t4 (the files were not recorded in number order); the replay runs 05 before 06",
  "06-run#18 ctr run --rm --mount type=bind,src=/root,dst=/data,options=rbind:ro docker.io/library/busybox:latest mnt1 ls /data":
    "the recorded node's /root no longer held the archives 03-images exported (busybox.tar, nginx.tar, x.tar); the replay keeps them, so the bind mount lists them too",
  "06-run#30 ctr run --rm docker.io/library/busybox:latest r3 cat":
    "the recorded `cat` waited on the terminal until the recorder killed ctr (exit -9); a sequential replay cannot kill a command from outside",
  "07-content-snapshots-leases-plugins#1 ctr content ls":
    "containerd prints a blob's labels in Go map order, which is random per call; the simulator keeps one fixed order",
  "07-content-snapshots-leases-plugins#15 ctr snapshots mounts /mnt b1":
    "overlayfs names snapshot directories by a counter over every snapshot it ever created: on the recorded node busybox's layer was the first (1) and b1 the 13th, while the simulator's replay has created more snapshots before it, the catalogue images unpacking in more layers (its busybox layer is 9 and b1 is 29); the mount line is otherwise the same",
  "10-docker-engine#2 docker info":
    "the recorded node is named `vm` and has its own engine ID (libtrust key of /etc/docker/key.json); node1's differ. Everything else matches",
  "10-docker-engine#5 docker pull localhost:5000/library/busybox:1.36":
    "`docker pull` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#8 docker tag localhost:5000/library/busybox:1.36 busybox:latest":
    "`docker tag` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#9 docker images":
    "`docker images` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#10 docker images -q":
    "`docker images` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#11 docker image ls --digests":
    "`docker image ls` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#12 docker run --name b1 -d busybox sleep 3600":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#13 docker ps":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#14 docker ps -a":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#15 docker run --rm busybox echo hello":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#16 docker run --rm busybox sh -c \"exit 3\"":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#17 docker run --name b1 -d busybox sleep 3600":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#20 docker ps":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#21 docker exec b1 ls /":
    "`docker exec` works (clients/docker/containers), but runs on containers made from the busybox/nginx images of the recorded node's registry on localhost:5000, which is not running in the replay",
  "10-docker-engine#22 docker exec b1 nosuch":
    "`docker exec` works (clients/docker/containers), but runs on containers made from the busybox/nginx images of the recorded node's registry on localhost:5000, which is not running in the replay",
  "10-docker-engine#24 docker stop b1":
    "`docker stop` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#25 docker ps -a":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#28 docker rm b1":
    "`docker rm` works, but removes containers that `docker run` (not simulated yet, issue 11) would have made",
  "10-docker-engine#30 docker rmi nginx:alpine":
    "`docker rmi` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#36 docker pull localhost:5000/library/nginx:alpine":
    "`docker pull` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#37 docker tag localhost:5000/library/nginx:alpine nginx:alpine":
    "`docker tag` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#38 docker images":
    "`docker images` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#39 docker run -d --name web nginx:alpine":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#40 docker run -d --name sleeper busybox sleep 3600":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#41 docker ps":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#42 docker ps -q":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#43 docker ps --no-trunc":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#44 ctr -n moby containers ls":
    "depends on containers Docker created in namespace moby (docker is out of scope)",
  "10-docker-engine#45 ctr -n moby tasks ls":
    "depends on containers Docker created in namespace moby (docker is out of scope)",
  "10-docker-engine#47 docker top sleeper":
    "`docker top` works (clients/docker/containers), but runs on containers made from the busybox/nginx images of the recorded node's registry on localhost:5000, which is not running in the replay",
  "10-docker-engine#48 docker stats --no-stream":
    "`docker stats` works (clients/docker/containers), but runs on containers made from the busybox/nginx images of the recorded node's registry on localhost:5000, which is not running in the replay",
  "10-docker-engine#49 docker rmi busybox:latest":
    "`docker rmi` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#50 docker rmi localhost:5000/library/busybox:1.36":
    "`docker rmi` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#51 docker rmi fc480f01af0a":
    "`docker rmi` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#53 docker network ls":
    "`docker network ls` works (bridge, host, none by name), but the three network ids are random 12-hex ids the normaliser does not replace (it replaces 64-hex ones only)",
  "10-docker-engine#55 docker pause sleeper":
    "`docker pause` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#56 docker ps":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#57 ctr -n moby tasks ls":
    "depends on containers Docker created in namespace moby (docker is out of scope)",
  "10-docker-engine#58 docker unpause sleeper":
    "`docker unpause` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#59 docker kill sleeper":
    "`docker kill` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#60 docker ps -a":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "10-docker-engine#61 docker inspect sleeper":
    "`docker inspect` works (clients/docker/containers), but runs on containers made from the busybox/nginx images of the recorded node's registry on localhost:5000, which is not running in the replay",
  "10-docker-engine#63 docker container prune -f":
    "`docker container prune` works (clients/docker/containers/prune.ts), but prunes the containers earlier lines ran from the recorded node's localhost:5000 images, a registry not running in the replay",
  "10-docker-engine#64 docker system df":
    "`docker system df` works (clients/docker/system/df.ts), but counts the images and containers of earlier lines that pulled from the recorded node's localhost:5000, a registry not running in the replay",
  "10-docker-engine#65 docker run --rm -it busybox sh":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#68 docker tag localhost:5000/library/busybox:1.36 busybox:latest":
    "`docker tag` works, but this line depends on what `docker load`/`run` (not simulated yet, issue 11) or the recorded node's registry on localhost:5000 (not running in the replay) would have given",
  "10-docker-engine#69 docker run --rm -it busybox sh":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#70 docker exec -it web sh":
    "`docker exec` works (clients/docker/containers), but runs on containers made from the busybox/nginx images of the recorded node's registry on localhost:5000, which is not running in the replay",
  "10-docker-engine#72 docker run --rm busybox hostname":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#73 docker run --rm busybox ps":
    "`docker run` is not simulated yet (issue 11: so far: version, info, images, ps, pull, tag, rmi, rm, image inspect, volume ls)",
  "10-docker-engine#74 docker ps -a":
    "`docker ps` works, but lists what the earlier `docker load`/`pull`/`tag`/`run` lines (not simulated yet, issue 11) would have made",
  "12-cleanup#1 docker rm -f web":
    "`docker rm` works, but removes containers that `docker run` (not simulated yet, issue 11) would have made",
  "11-events#1 ctr events":
    'the /tasks/create rootfs names overlayfs snapshot 36 on the recorded node and 35 here: snapshot ids count every snapshot a node ever made, and the 08 pull transcript (whose unpacking made snapshots) was recorded but not shipped',
};

/** Files not replayed at all, with why. */
export const NOT_REPLAYED: Readonly<Record<string, string>> = {
};

/** `ctr … --help` paths (see ctr-help.test.ts) whose text does not match ctr 1.6.20 yet. */
export const HELP_GAPS: Readonly<Record<string, string>> = {
};
