# The ctr walk-through of the study notes, in their order, on the oracle's images.
ctr --version
ctr namespace create k8s.io
ctr namespace ls
ctr -n k8s.io image ls
gzip -c nginx-docker.tar > nginx.tar.gz
ctr i import nginx.tar.gz
ctr i import nginx-docker.tar
ctr i check
ctr i list
ctr i ls -q
mkdir -p /tmp/ctrlab-oracle-files/nginx
ctr i mount docker.io/library/nginx:alpine /tmp/ctrlab-oracle-files/nginx
cat /tmp/ctrlab-oracle-files/nginx/etc/os-release
ctr i unmount /tmp/ctrlab-oracle-files/nginx
ctr i remove nginx:alpine
ctr i tag docker.io/library/nginx:alpine my-nginx:v1
ctr -n k8s.io i tag my-nginx:v1 harbor.mydomain.com/my-nginx:v1
ctr i convert --oci nginx:alpine nginx:alpine-oci
ctr i convert --oci docker.io/library/nginx:alpine nginx:alpine-oci
ctr i convert docker.io/library/nginx:alpine nginx:alpine-docker
ctr i ls
ctr c create docker.io/library/nginx:alpine my-nginx
ctr c list
ctr c label my-nginx mylabel=nginx
ctr c ls "labels.mylabel==nginx"
# whether a detached start shows the program's first line is a race on a real node
ctr t start -d my-nginx > /dev/null
ctr t list
ctr t exec --exec-id 997 my-nginx ls /usr/share/nginx/html
ctr t pause my-nginx
ctr t ls
ctr t resume my-nginx
ctr t metric my-nginx > /dev/null
ctr t kill --exec-id 999 -s SIGTERM my-nginx
ctr t kill my-nginx
sleep 1; ctr t ls
ctr t kill -s SIGKILL my-nginx
sleep 1; ctr t rm my-nginx
ctr t delete my-nginx
ctr c delete my-nginx
ctr c create docker.io/library/nginx:alpine my-nginx
ctr c del my-nginx
ctr c ls
ctr -n k8s.io i rm harbor.mydomain.com/my-nginx:v1
ctr ns rm k8s.io
