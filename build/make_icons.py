"""Draws the application icon (resources/icons/sbs-desktop.png) and derives .ico and .icns.

Usage:
  python build/make_icons.py --png        redraw the committed 1024 px PNG
  python build/make_icons.py OUT_FOLDER   write sbs-desktop.ico and sbs-desktop.icns there

Pillow is needed at build time only; the program itself never imports it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw

REPOSITORY = Path(__file__).resolve().parents[1]
ICON_PNG = REPOSITORY / "resources" / "icons" / "sbs-desktop.png"
SIZE = 1024
BACKGROUND = (23, 94, 110)      # deep teal: calm, not clinical
NEAR = (255, 255, 255)
FAR = (158, 214, 206)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw_icon(size: int = SIZE) -> Image.Image:
    """Two people side by side on a rounded square, drawn at 4x and scaled down for smooth edges."""
    scale = 4
    full = size * scale
    image = Image.new("RGBA", (full, full), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = full * 0.06
    draw.rounded_rectangle((margin, margin, full - margin, full - margin),
                           radius=full * 0.2, fill=BACKGROUND)

    def person(centre_x: float, colour: tuple[int, int, int], grow: float = 0.0) -> None:
        head = full * (0.11 + grow)
        head_y = full * 0.36
        draw.ellipse((centre_x - head, head_y - head, centre_x + head, head_y + head), fill=colour)
        shoulders = full * (0.19 + grow)
        top = full * (0.53 - grow)
        bottom = full * 0.75
        draw.pieslice((centre_x - shoulders, top, centre_x + shoulders, 2 * bottom - top),
                      start=180, end=360, fill=colour)

    # The far figure first, then a gap in the background colour, then the near one:
    # two peers, one beside the other.
    person(full * 0.60, FAR)
    person(full * 0.40, BACKGROUND, grow=0.02)
    person(full * 0.40, NEAR)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_platform_icons(folder: Path) -> tuple[Path, Path]:
    """Write the Windows .ico and macOS .icns made from the committed PNG."""
    folder.mkdir(parents=True, exist_ok=True)
    source = Image.open(ICON_PNG).convert("RGBA")
    ico = folder / "sbs-desktop.ico"
    icns = folder / "sbs-desktop.icns"
    source.save(ico, sizes=ICO_SIZES)
    source.save(icns)
    return ico, icns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="folder for the .ico and .icns")
    parser.add_argument("--png", action="store_true", help="redraw the committed PNG")
    options = parser.parse_args()
    if options.png:
        ICON_PNG.parent.mkdir(parents=True, exist_ok=True)
        draw_icon().save(ICON_PNG, optimize=True)
        print(ICON_PNG)
    if options.out:
        for path in write_platform_icons(options.out):
            print(path)
    if not options.png and not options.out:
        parser.error("give --png, an output folder, or both")


if __name__ == "__main__":
    main()
