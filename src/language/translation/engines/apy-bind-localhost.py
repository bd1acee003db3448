# Runs Apertium APy listening on 127.0.0.1 only. APy 0.11 calls HTTPServer.bind(port) with no address,
# which listens on every interface, and has no option to change that; so we patch the bind_sockets that
# Tornado's TCPServer imported, forcing the loopback address, and then run the APy entry script itself.
# Usage: /usr/bin/python3 apy-bind-localhost.py /usr/bin/apertium-apy <apertium-apy arguments...>
# Prints "MUNDO_APY_PORT <port>" on stdout once bound, so a port of 0 can be resolved by the caller.
import ctypes
import runpy
import signal
import sys

import tornado.netutil
import tornado.tcpserver

HOST = "127.0.0.1"
_bind_sockets = tornado.netutil.bind_sockets


def bind_loopback(port, address=None, *args, **kwargs):
    sockets = _bind_sockets(port, HOST, *args, **kwargs)
    for sock in sockets:
        print("MUNDO_APY_PORT %d" % sock.getsockname()[1], flush=True)
    return sockets


tornado.tcpserver.bind_sockets = bind_loopback
tornado.netutil.bind_sockets = bind_loopback

# Die with the process that started us, even when it is killed with SIGKILL (PR_SET_PDEATHSIG = 1).
try:
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
except OSError:
    pass

entry = sys.argv[1]
sys.argv = [entry] + sys.argv[2:]
runpy.run_path(entry, run_name="__main__")
