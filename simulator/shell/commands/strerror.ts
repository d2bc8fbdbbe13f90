// The C library's words for the node's file errors (strerror), as GNU tools print them after a
// path: `cat: x: No such file or directory`. One table for every command that reports them.

import type { VfsErrorCode } from '../../host/vfs';

export const STRERROR: Readonly<Record<VfsErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
};
