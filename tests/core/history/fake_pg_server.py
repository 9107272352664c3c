#!/usr/bin/env python3
"""A fake PostgreSQL server on a loopback address that asks for a clear-text password (tst_history_trust).

It speaks just enough of the wire protocol to learn whether a client hands it a password: it
answers the SSLRequest with N (declines TLS) or, with --cert/--key, with S and a TLS handshake
using that (self-signed) certificate, then asks for AuthenticationCleartextPassword. Each
connection adds lines to --record: "reached" when it is accepted, "connected" once the client
sent its startup message, then "received a password" when a PasswordMessage arrived. The password itself is never written anywhere.

It prints its port on stdout once listening, and exits by itself: when its stdin closes (the test
ended) or after --lifetime seconds. Every socket has a timeout.
"""
import argparse
import select
import socket
import ssl
import struct
import sys
import time

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104


def read_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def record(path, line):
    with open(path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def serve(conn, args, tls):
    conn.settimeout(5)
    while True:  # SSLRequest / GSSENCRequest, then the StartupMessage
        length, code = struct.unpack("!ii", read_exact(conn, 8))
        if length < 8 or length > 10000:
            return
        body = read_exact(conn, length - 8)
        if code == SSL_REQUEST:
            if tls is None:
                conn.sendall(b"N")
            else:
                conn.sendall(b"S")
                conn = tls.wrap_socket(conn, server_side=True)
                conn.settimeout(5)
            continue
        if code == GSSENC_REQUEST:
            conn.sendall(b"N")
            continue
        del body
        break
    record(args.record, "connected")
    conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
    kind = read_exact(conn, 1)
    (length,) = struct.unpack("!i", read_exact(conn, 4))
    if length < 4 or length > 10000:
        return
    read_exact(conn, length - 4)  # read and dropped, never kept
    if kind == b"p":
        # Recorded before answering: when the client has its answer, the record is there.
        record(args.record, "received a password")
    fields = b"SFATAL\0C28P01\0Mpassword authentication failed\0\0"
    conn.sendall(b"E" + struct.pack("!i", 4 + len(fields)) + fields)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--record", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--lifetime", type=float, default=120)
    # A loopback address only (the test checks it): this machine's host name may resolve to
    # another one than 127.0.0.1 (Debian puts it on 127.0.1.1).
    parser.add_argument("--bind", default="127.0.0.1")
    args = parser.parse_args()
    tls = None
    if args.cert:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(args.cert, args.key)
    family = socket.AF_INET6 if ":" in args.bind else socket.AF_INET
    server = socket.socket(family, socket.SOCK_STREAM)
    server.bind((args.bind, 0))
    server.listen(8)
    print(server.getsockname()[1], flush=True)
    deadline = time.monotonic() + args.lifetime
    while time.monotonic() < deadline:
        ready, _, _ = select.select([server, sys.stdin], [], [], 1)
        if sys.stdin in ready and not sys.stdin.buffer.read1(1024):
            break  # the test closed our stdin: it is done
        if server in ready:
            conn, _ = server.accept()
            record(args.record, "reached")  # a client came, before anything is said
            try:
                serve(conn, args, tls)
            except (OSError, EOFError, ssl.SSLError, struct.error):
                pass  # the client gave up (as it should with an impostor)
            finally:
                conn.close()
    server.close()


if __name__ == "__main__":
    main()
