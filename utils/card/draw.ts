/**
 * Drawing a card on a 2D canvas. The canvas is both the preview and the export (WYSIWYG): what the reader
 * sees is the bitmap that `toBlob` encodes. The context is a parameter, so nothing here touches the
 * extension API (architecture test); fonts must be loaded by the caller before drawing.
 */
import { relativeLuminance } from './contrast';
import { ELLIPSIS, fitQuote } from './fit';
import { isCornerBracket, quoteMarks } from './quote-marks';
import type { CardSize } from './sizes';
import { sourceLine } from './source-line';
import { type CardTheme, themeColors } from './themes';

/** Font stacks: the bundled Latin faces first, then bundled Noto faces for other scripts. */
export const CARD_FONTS = {
  sans: "Inter, 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans JP', sans-serif",
  serif: "'Source Serif 4', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans JP', serif",
} as const;

interface CardContent {
  quote: string;
  speaker?: string;
  role?: string;
  title: string;
  siteName?: string;
  /** Direction and language of the quote; they drive layout and line breaking. */
  dir: 'ltr' | 'rtl';
  lang?: string;
}

export interface CardSpec {
  size: CardSize;
  theme: CardTheme;
  accent: string;
  content: CardContent;
  /** Lead image for themes that use one, already decoded (never a tainted cross-origin image). */
  image?: CanvasImageSource & { width: number; height: number };
  /** The site's icon, already decoded from pixels the extension may read; left out of the layout when absent. */
  favicon?: CanvasImageSource & { width: number; height: number };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardLayout {
  fontSize: number;
  lines: string[];
  /** The quote had to be shortened to fit even at the smallest size. */
  truncated: boolean;
  /** The quote's box, for tests that look for text pixels there. */
  quoteBox: Box;
  /** Where the site's icon was drawn, or null when the card has none. */
  faviconBox: Box | null;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function font(weight: number, size: number, family: string, style = 'normal'): string {
  return `${style} ${weight} ${size}px ${family}`;
}

/** One line of text shortened with an ellipsis to fit `width`. */
function ellipsize(ctx: Context, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS).width <= width) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

function drawCover(ctx: Context, image: NonNullable<CardSpec['image']>, width: number, height: number): void {
  const scale = Math.max(width / image.width, height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.drawImage(image, (width - w) / 2, (height - h) / 2, w, h);
}

/** What every part of the drawing shares: the context, the card, its colours and its frame. */
interface Frame {
  ctx: Context;
  spec: CardSpec;
  colors: ReturnType<typeof themeColors>;
  width: number;
  height: number;
  short: number;
  pad: number;
  rtl: boolean;
  startX: number;
}

interface FootLine {
  text: string;
  weight: number;
  size: number;
  color: string;
  icon?: boolean;
  /** The source line: shortened by `sourceLine` to the width left for it. */
  source?: boolean;
}

interface Footer {
  lines: FootLine[];
  gap: number;
  height: number;
  iconSize: number;
  block(line: FootLine): number;
}

function drawBackground({ ctx, spec, colors, width, height, rtl }: Frame): void {
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  if (spec.theme.usesLeadImage && spec.image) {
    drawCover(ctx, spec.image, width, height);
  }
  if (colors.scrim) {
    ctx.fillStyle = colors.scrim;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
}

/**
 * Footer: who said it, their role, and where it was published. A card is seen scaled to fit a feed or a
 * screen by its longer side, so the source line is at least 2.2% of that side (on a link card, whose short
 * side is half its long one, a size from the short side alone is unreadable in a feed); the speaker line
 * stays a quarter larger than the source line.
 */
function planFooter({ spec, colors, width, height, short }: Frame): Footer {
  const { content } = spec;
  const sourceMin = Math.max(width, height) * 0.022;
  const footSize = Math.round(Math.max(short * 0.032, sourceMin * 1.25));
  const lines: FootLine[] = [];
  if (content.speaker)
    lines.push({ text: `— ${content.speaker}`, weight: 700, size: footSize, color: colors.text });
  if (content.role)
    lines.push({
      text: content.role,
      weight: 400,
      size: Math.round(footSize * 0.9),
      color: colors.muted,
    });
  const source = [content.title, content.siteName].filter(Boolean).join(' · ');
  const sourceSize = Math.max(Math.round(footSize * 0.8), Math.round(sourceMin));
  // The site's icon leads the source line (or stands alone when there is no title or site name).
  const iconSize = spec.favicon ? Math.round(footSize * 1.25) : 0;
  if (source || spec.favicon)
    lines.push({
      text: source,
      weight: 400,
      size: sourceSize,
      color: colors.muted,
      icon: !!spec.favicon,
      source: true,
    });
  const gap = Math.round(footSize * 0.45);
  const block = (line: FootLine) => Math.max(Math.round(line.size * 1.25), line.icon ? iconSize : 0);
  const footHeight = lines.reduce((sum, line) => sum + block(line) + gap, 0);
  return { lines, gap, height: footHeight, iconSize, block };
}

/** The hanging accent mark above the quote, when the theme has one; returns where the quote starts. */
function drawHangingMark(frame: Frame, marks: ReturnType<typeof quoteMarks>, corner: boolean): number {
  const { ctx, colors, short, pad, rtl, startX } = frame;
  let top = pad;
  if (frame.spec.theme.quoteMark !== 'hanging') return top;
  // A corner bracket is a full-width glyph, much taller than a curly mark: drawn smaller, it weighs the same.
  const markSize = Math.round(short * (corner ? 0.11 : 0.2));
  const mark = corner || !rtl ? marks.open : marks.close;
  ctx.font = font(700, markSize, CARD_FONTS.serif);
  ctx.fillStyle = colors.accent;
  if (corner) {
    // Placed by its ink, so the bracket's corner sits on the padding line whatever the font's metrics.
    const ink = ctx.measureText(mark);
    ctx.fillText(mark, startX + (rtl ? 0 : ink.actualBoundingBoxLeft), top + ink.actualBoundingBoxAscent);
    top += Math.round(ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent + markSize * 0.25);
  } else {
    ctx.fillText(mark, startX, top + markSize * 0.72);
    top += Math.round(markSize * 0.5);
  }
  return top;
}

/** The accent bar beside the quote, when the theme has one; returns where the quote's text starts. */
function drawBar(frame: Frame, top: number, footHeight: number): number {
  const { ctx, colors, width, height, short, pad, rtl } = frame;
  let left = pad;
  const barWidth = Math.max(4, Math.round(short * 0.012));
  if (frame.spec.theme.quoteMark === 'bar') {
    ctx.fillStyle = colors.accent;
    ctx.fillRect(
      rtl ? width - pad - barWidth : pad,
      top,
      barWidth,
      height - top - pad - footHeight - pad / 2,
    );
    left += barWidth + Math.round(short * 0.04);
  }
  return left;
}

/** The accent mark (「 for Japanese and traditional Chinese, curly marks otherwise), then the fitted quote. */
function drawQuote(
  frame: Frame,
  footHeight: number,
): Pick<CardLayout, 'fontSize' | 'lines' | 'truncated' | 'quoteBox'> {
  const { ctx, spec, colors, width, height, short, pad, rtl } = frame;
  const { theme, content } = spec;
  const family = CARD_FONTS[theme.font];
  const marks = quoteMarks(content.lang);
  const corner = isCornerBracket(marks);
  const top = drawHangingMark(frame, marks, corner);
  const left = drawBar(frame, top, footHeight);
  const quoteBox = {
    x: rtl ? pad : left,
    y: top,
    width: width - pad - left,
    height: height - top - pad - footHeight - Math.round(pad * 0.6),
  };
  const quoteText =
    theme.quoteMark === 'inline' ? `${marks.open}${content.quote}${marks.close}` : content.quote;
  const weight = theme.font === 'serif' ? 400 : 700;
  const lineHeight = 1.28;
  const fit = fitQuote({
    text: quoteText,
    box: { width: quoteBox.width, height: quoteBox.height },
    maxFontSize: Math.round(short * 0.085),
    minFontSize: Math.round(short * 0.03),
    lineHeight,
    lang: content.lang,
    measure: (text, size) => {
      ctx.font = font(weight, size, family);
      return ctx.measureText(text).width;
    },
  });

  ctx.font = font(weight, fit.fontSize, family);
  ctx.fillStyle = colors.text;
  const lineStep = fit.fontSize * lineHeight;
  const blockHeight = fit.lines.length * lineStep;
  // The quote sits in the upper middle of its box: centred, nudged up a little.
  let y = quoteBox.y + Math.max(0, (quoteBox.height - blockHeight) * 0.42) + fit.fontSize * 0.95;
  const lineX = rtl ? quoteBox.x + quoteBox.width : quoteBox.x;
  // A full-width 「 is half blank space: at the start of a line it would look like an indent, so its blank
  // half hangs into the margin and its ink lines up with the lines below (as Japanese typesetting does).
  const cornerIndent =
    corner && !rtl && fit.lines[0]?.startsWith(marks.open)
      ? ctx.measureText(marks.open).actualBoundingBoxLeft
      : 0;
  fit.lines.forEach((line, index) => {
    ctx.fillText(line, lineX + (index === 0 ? Math.min(0, cornerIndent) : 0), y);
    y += lineStep;
  });
  return { fontSize: fit.fontSize, lines: fit.lines, truncated: fit.truncated, quoteBox };
}

/** The site's icon in its block of the footer; returns where it was drawn. */
function drawFavicon(
  frame: Frame,
  favicon: NonNullable<CardSpec['favicon']>,
  iconSize: number,
  footY: number,
  block: number,
): Box {
  const { ctx, colors, width, pad, rtl } = frame;
  const iconY = Math.round(footY + (block - iconSize) / 2);
  const iconX = rtl ? width - pad - iconSize : pad;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  if (relativeLuminance(colors.contrastBackground) < 0.6) {
    // Icons are made for a light tab strip: on a dark, photo or colour card a dark or same-coloured
    // icon would vanish, so it sits on a white tile, as app icons do.
    const inset = Math.round(iconSize * 0.14);
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.roundRect(iconX, iconY, iconSize, iconSize, Math.round(iconSize * 0.22));
    ctx.fill();
    ctx.drawImage(favicon, iconX + inset, iconY + inset, iconSize - 2 * inset, iconSize - 2 * inset);
  } else {
    ctx.drawImage(favicon, iconX, iconY, iconSize, iconSize);
  }
  return { x: iconX, y: iconY, width: iconSize, height: iconSize };
}

/** The accent rule (for themes that use one) and the footer's lines; returns where the icon was drawn. */
function drawFooter(frame: Frame, footer: Footer): Box | null {
  const { ctx, spec, colors, width, height, short, pad, rtl, startX } = frame;
  const { content } = spec;
  let footY = height - pad - footer.height + footer.gap;
  if (spec.theme.accentUse === 'rule') {
    const ruleWidth = Math.round(short * 0.1);
    ctx.fillStyle = colors.accent;
    ctx.fillRect(
      rtl ? width - pad - ruleWidth : pad,
      footY - footer.gap * 2,
      ruleWidth,
      Math.max(3, Math.round(short * 0.006)),
    );
  }
  let faviconBox: Box | null = null;
  for (const line of footer.lines) {
    ctx.font = font(line.weight, line.size, CARD_FONTS.sans);
    const block = footer.block(line);
    const textHeight = Math.round(line.size * 1.25);
    // The text's baseline, centred in its block when the icon makes the block taller.
    const baseline = footY + (block - textHeight) / 2 + line.size;
    let textX = startX;
    let textWidth = width - 2 * pad;
    if (line.icon && spec.favicon) {
      faviconBox = drawFavicon(frame, spec.favicon, footer.iconSize, footY, block);
      const shift = footer.iconSize + Math.round(footer.iconSize * 0.35);
      textX = rtl ? startX - shift : startX + shift;
      textWidth -= shift;
    }
    if (line.text) {
      ctx.fillStyle = line.color;
      const shown = line.source
        ? sourceLine({
            title: content.title,
            siteName: content.siteName,
            width: textWidth,
            measure: (text) => ctx.measureText(text).width,
            lang: content.lang,
          })
        : ellipsize(ctx, line.text, textWidth);
      ctx.fillText(shown, textX, baseline);
    }
    footY += block + footer.gap;
  }
  return faviconBox;
}

/**
 * Draw the card at its size (the context may be scaled, e.g. 2× for export) and return the quote's layout.
 * Layout, in card pixels: padding all round, an accent mark or rule, the quote fitted into the space left,
 * then the attribution and the source at the bottom.
 */
export function drawCard(ctx: Context, spec: CardSpec): CardLayout {
  const { width, height } = spec.size;
  const short = Math.min(width, height);
  const pad = Math.round(short * 0.08);
  const rtl = spec.content.dir === 'rtl';
  const colors = themeColors(spec.theme, spec.accent);
  const frame: Frame = { ctx, spec, colors, width, height, short, pad, rtl, startX: rtl ? width - pad : pad };
  ctx.save();
  drawBackground(frame);
  const footer = planFooter(frame);
  const quote = drawQuote(frame, footer.height);
  const faviconBox = drawFooter(frame, footer);
  ctx.restore();
  return { ...quote, faviconBox };
}
