#!/usr/bin/python3
"""Cuts a TrueType font down for libharu: pdf_fonts.py SOURCE.ttf UNICODES.txt OUTPUT.ttf

Keeps the characters listed in UNICODES.txt (ranges like U+1E00-1EFF, `#` comments), drops hinting
and the layout tables libharu does not use (fontTools' subsetter, Debian package fonttools), then
numbers the glyphs in character order, so that each run of characters is one segment of the
character map: libharu 2.3 looks every one of the 65,536 code points up, segment by segment, for
each font of each PDF it writes (Noto Serif: 138 segments; cut down: 60; renumbered: about 10).
The glyphs themselves are unchanged: a page renders pixel for pixel as with the full font.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def unicodes(path):
    codes = []
    with open(path, encoding="utf-8") as listing:
        for line in listing:
            for token in line.split("#", 1)[0].split():
                codes.extend(subset.parse_unicodes(token))
    return codes


def cut(source, listing, output):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]  # layout: libharu places glyphs one after another
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes(listing))
    subsetter.subset(font)

    # Renumber: .notdef, then the glyphs of the characters in character order, then the rest (the
    # components of composite glyphs). Composite glyphs refer to components by number: expand them
    # first, so that they are written again with the new numbers.
    order = font.getGlyphOrder()
    first = {}
    for code, name in sorted(font.getBestCmap().items()):
        first.setdefault(name, code)
    mapped = sorted((name for name in order if name in first), key=lambda name: first[name])
    rest = [name for name in order if name not in first and name != ".notdef"]
    glyf = font["glyf"]
    for name in order:
        glyf[name].expand(glyf)
    for tag in ("hmtx", "loca", "post", "cmap"):
        if tag in font:
            font[tag]  # decompiled under the old numbering before it changes
    new_order = [".notdef"] + mapped + rest
    font.setGlyphOrder(new_order)
    glyf.glyphOrder = new_order
    font.save(output)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.splitlines()[0])
    cut(*sys.argv[1:])
