"""A scripted raw HTTP server on 127.0.0.1 for faults a framework server cannot produce: a reply cut in
the middle, a trickle of bytes, a huge announced length, a gzip bomb. Every loop is bounded."""

import socket
import socketserver
import threading
import time
import zlib


def gzip_bomb(decoded_mib=512):
    """A gzip stream of ``decoded_mib`` MiB of zeros (about 1/1000 of that on the wire)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    return b"".join([comp.compress(block) for _ in range(decoded_mib)] + [comp.flush()])


class RawServer:
    """``RawServer(script)``: ``script(path, wfile)`` writes the whole reply (status line, headers, body).
    ``.url(path)``, ``.paths`` (requested paths), ``.headers`` (request headers per request)."""

    def __init__(self, script):
        self.script = script
        self.paths = []
        self.headers = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                line = self.rfile.readline(65536).decode("latin-1")
                headers = {}
                for _ in range(100):
                    h = self.rfile.readline(65536).decode("latin-1").strip()
                    if not h:
                        break
                    k, _, v = h.partition(":")
                    headers[k.strip().lower()] = v.strip()
                path = line.split(" ")[1] if " " in line else "/"
                outer.paths.append(path)
                outer.headers.append(headers)
                try:
                    outer.script(path, self.wfile)
                except (BrokenPipeError, ConnectionResetError, socket.timeout):
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path="/"):
        return "http://127.0.0.1:{}{}".format(self.port, path)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def head(wfile, status=200, length=None, extra=()):
    lines = ["HTTP/1.1 {} X".format(status), "Content-Type: application/json", "Connection: close"]
    if length is not None:
        lines.append("Content-Length: {}".format(length))
    lines.extend(extra)
    wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))


def trickle(wfile, data, every=0.2, limit=300):
    """Write ``data`` one byte every ``every`` seconds (at most ``limit`` bytes)."""
    for byte in data[:limit]:
        wfile.write(bytes([byte]))
        wfile.flush()
        time.sleep(every)
