#!/usr/bin/env python3
"""Prints statistics of a PNG screenshot as JSON: width, height, distinct colours (sampled),
and the share of the most common colour. Standard library only (zlib), 8-bit RGB/RGBA,
non-interlaced, as headless Chromium writes them.

usage: report_png_stats.py FILE.png
"""
import json
import struct
import sys
import zlib


def main(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG")
    pos = 8
    idat = b""
    width = height = 0
    channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace != 0 or ctype not in (2, 6):
                raise SystemExit("unsupported PNG (depth %d, type %d, interlace %d)" % (depth, ctype, interlace))
            channels = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    counts = {}
    i = 0
    for y in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if ftype == 1:
            for x in range(channels, stride):
                line[x] = (line[x] + line[x - channels]) & 0xFF
        elif ftype == 2:
            for x in range(stride):
                line[x] = (line[x] + prev[x]) & 0xFF
        elif ftype == 3:
            for x in range(stride):
                left = line[x - channels] if x >= channels else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 0xFF
        elif ftype == 4:
            for x in range(stride):
                a = line[x - channels] if x >= channels else 0
                b = prev[x]
                c = prev[x - channels] if x >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        if y % 3 == 0:
            for x in range(0, stride, channels * 2):
                key = bytes(line[x:x + 3])
                counts[key] = counts.get(key, 0) + 1
        prev = line
    total = sum(counts.values()) or 1
    print(json.dumps({
        "width": width, "height": height, "colors": len(counts),
        "dominantShare": max(counts.values()) / total if counts else 1.0,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
