// Which busybox 1.35 applets ash runs without execve: the NOEXEC and NOFORK ones (each applet's
// `//applet:` line, APPLET_NOEXEC / APPLET_NOFORK; a NOFORK applet is NOEXEC too). ash's
// tryexec runs such an applet in the process it has (run_noexec_applet_and_exit), so ps shows
// it as `{ps} sh -c …`; any other applet is exec'd (`sleep 1`, `cat`), its command line its own.

const NOEXEC = new Set(
  (
    '[ [[ add-shell addgroup adduser adjtimex arch awk basename blkdiscard blkid blockdev brctl cal chattr chgrp chmod ' +
    'chown chpst chroot chrt chvt cksum clear cp crc32 cryptpw cttyhack cut date dd deallocvt delgroup deluser df ' +
    'dirname dnsdomainname dos2unix dumpkmap dumpleases echo env envdir envuidgid expr false fatattr fgconsole find ' +
    'fold free freeramdisk fsfreeze fstrim fsync getopt groups hd head hexdump hostid hostname id ifenslave insmod ' +
    'ionice ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute iprule iptunnel kbd_mode kill killall killall5 link ' +
    'linux32 linux64 ln loadfont loadkmap logname losetup ls lsattr lsmod lspci lsscsi lsusb makedevs md5sum mesg ' +
    'minips mkdir mkfifo mknod mkpasswd mktemp modinfo modprobe mountpoint mv nameif nbd-client nice nohup nproc nuke ' +
    'partprobe paste pivot_root printenv printf ps pstree pwd pwdx raidautorun rdev readlink realpath remove-shell ' +
    'renice reset resize resume rm rmdir rmmod runlevel seq setarch setconsole setfattr setfont setkeycodes ' +
    'setlogcons setserial setuidgid sha1sum sha256sum sha3sum sha512sum shuf softlimit sort stat stty sulogin sv svc ' +
    'svok sync sysctl tac taskset test touch true truncate tty ttysize tunctl tune2fs umount uname unix2dos unlink ' +
    'uptime users usleep vconfig w which who whoami xargs xxd yes'
  ).split(' '),
);

/** True when ash runs applet `name` in place instead of exec'ing it. */
export function runsInPlace(name: string): boolean {
  return NOEXEC.has(name);
}
