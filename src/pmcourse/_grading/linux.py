"""The few Linux system calls the grader makes by hand, each with a test of what it guarantees.

Python has no binding for these; each is a thin ctypes call of the C library,
and each is used by both launches of a grading kernel:

* ``unshare`` (``os.unshare`` on Python 3.12+): new namespaces for a warm kernel,
  which no tool can give a process that was forked, not executed;
* ``mount``: the warm kernel's empty root and its binds, as bubblewrap builds it
  for a cold kernel; :func:`bind_readonly` keeps the flags a user namespace locks;
* ``prctl`` and ``capset``: die with the parent, no new privileges, no capabilities;
* ``ioctl`` (:func:`loopback_up`): a new network namespace's loopback, up;
* a write into this process's own exec-time environment block
  (:func:`overwrite_environ_value`), where ``/proc/PID/environ`` reads it: a
  forked warm kernel carries its run's token there (see ``processes`` for why
  a token);
* ``setrlimit(RLIMIT_NPROC)`` (:func:`limit_processes`): the process limit where no
  control group can be made, in a user namespace of the sandbox's own;
* ``seccomp`` (:func:`refuse_keyrings`): the kernel keyring calls (``add_key``,
  ``request_key``, ``keyctl``) fail with EPERM, so no notebook can read a note
  left in a keyring by another run or leave one. bubblewrap has no keyring
  option, and a keyring is per user, not per namespace. The filter knows the
  syscall numbers of x86-64 (and its i386 and x32 modes) and AArch64; on any other
  architecture it refuses nothing, and :func:`keyring_filter_covers` says so.

Nothing here imports more than the standard library: the warm template loads it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import platform
import struct
from typing import Any

__all__ = [
    "CLONE_NEWIPC",
    "CLONE_NEWNET",
    "CLONE_NEWNS",
    "CLONE_NEWPID",
    "CLONE_NEWUSER",
    "CLONE_NEWUTS",
    "bind",
    "bind_readonly",
    "die_with_parent",
    "drop_privileges",
    "keyring_filter_covers",
    "limit_processes",
    "loopback_up",
    "mount",
    "overwrite_environ_value",
    "refuse_keyrings",
    "switch_root",
    "unshare",
    "user_namespace_id",
]

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_MOVE = 32, 1024, 2048, 4096, 8192
MS_REC, MS_PRIVATE, MS_RELATIME = 16384, 1 << 18, 1 << 21
_PR_SET_PDEATHSIG, _PR_CAPBSET_DROP, _PR_SET_SECCOMP = 1, 24, 22
_PR_SET_NO_NEW_PRIVS, _PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 38, 47, 4
_SECCOMP_MODE_FILTER = 2
_LINUX_CAPABILITY_VERSION_3 = 0x20080522

_libc: Any = None


def _c() -> Any:
    global _libc  # noqa: PLW0603 - loaded once, on first use
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    return _libc


def _ok(ret: int, what: str) -> None:
    if ret != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _prctl(option: int, arg: int = 0, arg2: Any = 0) -> None:
    _ok(_c().prctl(option, ctypes.c_ulong(arg), arg2, 0, 0), f"prctl({option})")


def unshare(flags: int) -> None:
    """New namespaces for this process (``os.unshare`` where Python has it)."""
    native = getattr(os, "unshare", None)
    if native is not None:  # Python 3.12+
        native(flags)
        return
    _ok(_c().unshare(flags), "unshare")


def mount(source: str | None, target: str, fstype: str | None, flags: int, data: str = "") -> None:
    _ok(
        _c().mount(
            source.encode() if source else None,
            target.encode(),
            fstype.encode() if fstype else None,
            ctypes.c_ulong(flags),
            data.encode() if data else None,
        ),
        f"mount {target}",
    )


def _locked_flags(path: str) -> int:
    """The flags of the mount at ``path`` that a remount must keep (a user namespace locks them)."""
    f = os.statvfs(path).f_flag
    flags = 0
    for st, ms in (
        (os.ST_NOSUID, MS_NOSUID),
        (os.ST_NODEV, MS_NODEV),
        (os.ST_NOEXEC, MS_NOEXEC),
        (os.ST_NOATIME, MS_NOATIME),
        (os.ST_NODIRATIME, MS_NODIRATIME),
        (os.ST_RELATIME, MS_RELATIME),
    ):
        if f & st:
            flags |= ms
    return flags


def bind(source: str, target: str) -> None:
    """Bind ``source`` (a path or ``/proc/self/fd/N``) on ``target``, not its submounts."""
    mount(source, target, None, MS_BIND)


def bind_readonly(source: str, target: str) -> None:
    """Bind ``source`` on ``target``, read-only and without setuid programs or devices."""
    bind(source, target)
    remount_readonly(target, extra=MS_NOSUID | MS_NODEV)


def remount_readonly(target: str, extra: int = 0) -> None:
    """Make the mount at ``target`` read-only (this mount only, not those below it)."""
    mount(None, target, None, MS_REMOUNT | MS_BIND | MS_RDONLY | extra | _locked_flags(target))


def switch_root(new_root: str) -> None:
    """Make ``new_root`` (a mount) this process's ``/``; the old root is no longer reachable.

    The classic ``switch_root``: move the mount onto ``/`` and ``chroot`` into it.
    A process without ``CAP_SYS_CHROOT`` (see :func:`drop_privileges`) cannot climb out.
    """
    os.chdir(new_root)
    mount(new_root, "/", None, MS_MOVE)
    os.chroot(".")
    os.chdir("/")


def die_with_parent(sig: int) -> None:
    """Get ``sig`` when the parent process ends."""
    _prctl(_PR_SET_PDEATHSIG, sig)


def drop_privileges() -> None:
    """No capabilities, now or after exec, and no way to gain them (as bubblewrap)."""
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)
    for cap in range(64):
        if _c().prctl(_PR_CAPBSET_DROP, ctypes.c_ulong(cap), 0, 0, 0) != 0:
            break  # past the last capability this kernel knows
    with contextlib.suppress(OSError):
        _prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL)
    header = (ctypes.c_uint32 * 2)(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    _ok(_c().capset(header, data), "capset")


# The keyring calls (add_key, request_key, keyctl) per architecture, as the kernel
# numbers them (arch/*/entry/syscalls), and the audit id seccomp reports for it.
_KEYRING_CALLS = {
    0xC000003E: (248, 249, 250),  # x86-64
    0x40000003: (286, 287, 288),  # i386, also reachable from x86-64 with int 0x80
    0xC00000B7: (217, 218, 219),  # AArch64 (the generic table)
}
_X32_BIT = 0x40000000  # x86-64's x32 calls: refused whole, nobody grades with them


def keyring_filter_covers() -> bool:
    """Whether :func:`refuse_keyrings` knows this machine's architecture."""
    return platform.machine() in {"x86_64", "i686", "i386", "aarch64"}


def _keyring_filter() -> bytes:
    """A classic BPF program for seccomp: EPERM for the keyring calls, all else allowed."""
    ld, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, JMP|JEQ|K, JMP|JGE|K, RET|K
    allow, deny = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EPERM
    code: list[tuple[int, str | None, int]] = [(ld, None, 4)]  # seccomp_data.arch
    blocks: list[list[tuple[int, str | None, int]]] = []
    for i, arch in enumerate(_KEYRING_CALLS):
        code.append((jeq, f"arch{i}", arch))
    code.append((ret, None, allow))  # an architecture this filter does not know
    for i, (arch, numbers) in enumerate(_KEYRING_CALLS.items()):
        block: list[tuple[int, str | None, int]] = [(ld, f"=arch{i}", 0)]  # seccomp_data.nr
        if arch == 0xC000003E:
            block.append((jge, "deny", _X32_BIT))
        block += [(jeq, "deny", n) for n in numbers]
        block.append((ret, None, allow))
        blocks.append(block)
    program = code + [insn for block in blocks for insn in block] + [(ret, "=deny", deny)]
    labels = {lab[1:]: i for i, (_, lab, _) in enumerate(program) if lab and lab[0] == "="}
    out = b""
    for i, (op, lab, k) in enumerate(program):
        jt = labels[lab] - i - 1 if lab and lab[0] != "=" else 0
        out += struct.pack("HBBI", op, jt, 0, k)
    return out


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def refuse_keyrings() -> None:
    """From now on this process and its children get EPERM from every keyring call.

    Needs ``no_new_privs`` or ``CAP_SYS_ADMIN``; it sets ``no_new_privs`` itself.
    """
    program = _keyring_filter()
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.addressof(buffer))
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)
    _prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog))


def loopback_up() -> None:
    """Bring up ``lo`` in this process's network namespace (a new one starts it down)."""
    import fcntl
    import socket

    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        ifr = fcntl.ioctl(s, 0x8913, struct.pack("16sH14x", b"lo", 0))  # SIOCGIFFLAGS
        flags = struct.unpack("16sH", ifr[:18])[1]
        fcntl.ioctl(s, 0x8914, struct.pack("16sH14x", b"lo", flags | 1))  # SIOCSIFFLAGS: up


def overwrite_environ_value(name: str, value: str) -> None:
    """Write ``value`` over ``name``'s value where ``/proc/self/environ`` reads it.

    A forked process reports the environment its program was started with. The
    new value must have the old one's length: it is written in place.
    """
    old = os.environ.get(name, "")
    if len(old) != len(value):
        raise RuntimeError(f"the new value of {name} does not fit the old one")
    with open("/proc/self/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    env_start = int(fields[47])  # field 50 of stat(5), counted from field 3
    with open("/proc/self/environ", "rb") as fh:
        block = fh.read()
    needle = f"{name}={old}".encode()
    at = 0 if block.startswith(needle) else block.find(b"\0" + needle) + 1
    if at <= 0 and not block.startswith(needle):
        raise RuntimeError(f"{name} is not in this process's environment block")
    ctypes.memmove(env_start + at + len(name) + 1, value.encode(), len(value))


def user_namespace_id() -> int:
    """This process's user namespace (its inode, the same in every ``/proc``); 0 if unknown."""
    try:
        return os.stat("/proc/self/ns/user").st_ino
    except OSError:
        return 0


def _kernel_at_least(major: int, minor: int) -> bool:
    try:
        found = tuple(int(x) for x in os.uname().release.split("-")[0].split(".")[:2])
    except ValueError:
        return False
    return found >= (major, minor)


def limit_processes(count: int, grader_namespace: int) -> bool:
    """At most ``count`` processes and threads in this user namespace; True when set.

    Since Linux 5.14 the kernel counts ``RLIMIT_NPROC`` per user *and user
    namespace*, so in a user namespace the sandbox made (one other than
    ``grader_namespace``, the grader's) it bounds the notebook's processes alone.
    It is set only there: in the grader's own namespace (the grader is root, or in
    a container) or on an older kernel it would count the user's other processes,
    other notebooks' among them; and the kernel never enforces it for root.
    """
    here = user_namespace_id()
    if count <= 0 or not grader_namespace or here in (0, grader_namespace):
        return False
    if not _kernel_at_least(5, 14):
        return False
    import resource

    resource.setrlimit(resource.RLIMIT_NPROC, (count, count))
    return True
