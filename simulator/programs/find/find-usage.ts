// busybox 1.35's find usage as Debian's busybox-static prints it (built without -delete and
// -context), after `find: unrecognized: X` and for --help, on stderr.

import { BUSYBOX_BANNER } from '../applets/busybox-usage';

export const FIND_USAGE =
  BUSYBOX_BANNER +
  "Usage: find [-HL] [PATH]... [OPTIONS] [ACTIONS]\n" +
  "\n" +
  "Search for files and perform actions on them.\n" +
  "First failed action stops processing of current file.\n" +
  "Defaults: PATH is current directory, action is '-print'\n" +
  "\n" +
  "\t-L,-follow\tFollow symlinks\n" +
  "\t-H\t\t...on command line only\n" +
  "\t-xdev\t\tDon't descend directories on other filesystems\n" +
  "\t-maxdepth N\tDescend at most N levels. -maxdepth 0 applies\n" +
  "\t\t\tactions to command line arguments only\n" +
  "\t-mindepth N\tDon't act on first N levels\n" +
  "\t-depth\t\tAct on directory *after* traversing it\n" +
  "\n" +
  "Actions:\n" +
  "\t( ACTIONS )\tGroup actions for -o / -a\n" +
  "\t! ACT\t\tInvert ACT's success/failure\n" +
  "\tACT1 [-a] ACT2\tIf ACT1 fails, stop, else do ACT2\n" +
  "\tACT1 -o ACT2\tIf ACT1 succeeds, stop, else do ACT2\n" +
  "\t\t\tNote: -a has higher priority than -o\n" +
  "\t-name PATTERN\tMatch file name (w/o directory name) to PATTERN\n" +
  "\t-iname PATTERN\tCase insensitive -name\n" +
  "\t-path PATTERN\tMatch path to PATTERN\n" +
  "\t-ipath PATTERN\tCase insensitive -path\n" +
  "\t-regex PATTERN\tMatch path to regex PATTERN\n" +
  "\t-type X\t\tFile type is X (one of: f,d,l,b,c,s,p)\n" +
  "\t-executable\tFile is executable\n" +
  "\t-perm MASK\tAt least one mask bit (+MASK), all bits (-MASK),\n" +
  "\t\t\tor exactly MASK bits are set in file's mode\n" +
  "\t-mtime DAYS\tmtime is greater than (+N), less than (-N),\n" +
  "\t\t\tor exactly N days in the past\n" +
  "\t-atime DAYS\tatime +N/-N/N days in the past\n" +
  "\t-ctime DAYS\tctime +N/-N/N days in the past\n" +
  "\t-mmin MINS\tmtime is greater than (+N), less than (-N),\n" +
  "\t\t\tor exactly N minutes in the past\n" +
  "\t-amin MINS\tatime +N/-N/N minutes in the past\n" +
  "\t-cmin MINS\tctime +N/-N/N minutes in the past\n" +
  "\t-newer FILE\tmtime is more recent than FILE's\n" +
  "\t-inum N\t\tFile has inode number N\n" +
  "\t-samefile FILE\tFile is same as FILE\n" +
  "\t-user NAME/ID\tFile is owned by given user\n" +
  "\t-group NAME/ID\tFile is owned by given group\n" +
  "\t-size N[bck]\tFile size is N (c:bytes,k:kbytes,b:512 bytes(def.))\n" +
  "\t\t\t+/-N: file size is bigger/smaller than N\n" +
  "\t-links N\tNumber of links is greater than (+N), less than (-N),\n" +
  "\t\t\tor exactly N\n" +
  "\t-empty\t\tMatch empty file/directory\n" +
  "\t-prune\t\tIf current file is directory, don't descend into it\n" +
  "If none of the following actions is specified, -print is assumed\n" +
  "\t-print\t\tPrint file name\n" +
  "\t-print0\t\tPrint file name, NUL terminated\n" +
  "\t-exec CMD ARG ;\tRun CMD with all instances of {} replaced by\n" +
  "\t\t\tfile name. Fails if CMD exits with nonzero\n" +
  "\t-exec CMD ARG + Run CMD with {} replaced by list of file names\n" +
  "\t-quit\t\tExit\n";
