#!/usr/bin/env python3
"""Packs resources/icons/relink-<size>.png into resources/icons/relink.ico (the Windows
installers' icon; PNG-compressed entries, as Windows Vista and later read them).
Run after changing the PNGs: python3 scripts/make-ico.py"""
import pathlib
import struct

icons = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [(icons / f"relink-{size}.png").read_bytes() for size in sizes]
for size, png in zip(sizes, images):
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    if (width, height) != (size, size):
        raise SystemExit(f"relink-{size}.png is {width}x{height}")

header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries, data = b"", b""
for size, png in zip(sizes, images):
    side = 0 if size == 256 else size  # 0 means 256 in an ICO directory entry
    entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
(icons / "relink.ico").write_bytes(header + entries + data)
print(f"wrote {icons / 'relink.ico'} ({len(header + entries + data)} bytes, {len(images)} sizes)")
