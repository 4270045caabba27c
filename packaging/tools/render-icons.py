#!/usr/bin/env python3
"""Renders the application icon from resources/icons/uni-load.svg into every raster format the
packages use, and writes them into the source tree (they are committed, so builds need no SVG
rasteriser):

  resources/icons/png/uni-load-<N>.png   N = 16 22 24 32 48 64 128 256 512 (Linux hicolor theme)
  packaging/windows/uni-load.ico         16 24 32 48 64 256, PNG-compressed entries
  packaging/macos/uni-load.icns          16 … 1024 (ic04 … ic10), PNG entries

Needs rsvg-convert (Debian: librsvg2-bin) and the Python 3 standard library. Run it after
changing the SVG:  ./packaging/tools/render-icons.py
"""
import pathlib
import struct
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "uni-load.svg"
PNG_DIR = ROOT / "resources" / "icons" / "png"
LINUX_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 256]
# ICNS element types holding PNG data, by pixel size (Apple's "icns" format; ic11-ic14 are the
# @2x variants that reuse the same pixel sizes).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512)]


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def write_ico(path: pathlib.Path, images: dict) -> None:
    # ICONDIR, then one ICONDIRENTRY per image, then the PNG data (allowed since Windows Vista).
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        data = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


def write_icns(path: pathlib.Path, images: dict) -> None:
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size]
                    for kind, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    sizes = sorted(set(LINUX_SIZES + ICO_SIZES + [size for _, size in ICNS_TYPES]))
    images = {size: render(size) for size in sizes}
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in LINUX_SIZES:
        (PNG_DIR / f"uni-load-{size}.png").write_bytes(images[size])
    write_ico(ROOT / "packaging" / "windows" / "uni-load.ico", images)
    write_icns(ROOT / "packaging" / "macos" / "uni-load.icns", images)
    print(f"rendered {len(sizes)} sizes from {SVG.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
