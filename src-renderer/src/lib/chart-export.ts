/**
 * The Insights chart as a file: standalone SVG (dark text on white, whatever
 * the app's theme) or a PNG drawn from that SVG at twice the size, with a
 * caption above it so the file says what it shows on its own.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room above the chart for the caption's two lines. */
const CAPTION_HEIGHT = 56;

export interface ChartCaption {
  /** "Where applications went" */
  title: string;
  /** The date range and the headline numbers: "All time · 6 applications · 67% response rate". */
  detail: string;
}

function captionLine(text: string, y: number, size: number, weight: number): SVGTextElement {
  const line = document.createElementNS(SVG_NS, 'text');
  line.setAttribute('x', '16');
  line.setAttribute('y', String(y));
  line.setAttribute('font-size', String(size));
  line.setAttribute('font-weight', String(weight));
  line.setAttribute('font-family', 'system-ui, sans-serif');
  line.setAttribute('fill', 'currentColor');
  line.textContent = text;
  return line;
}

function standaloneSvg(svg: SVGSVGElement, caption: ChartCaption): { text: string; width: number; height: number } {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value + CAPTION_HEIGHT;
  const copy = document.createElementNS(SVG_NS, 'svg');
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('color', '#1c2230');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('y', String(CAPTION_HEIGHT));
  copy.append(background, captionLine(caption.title, 24, 16, 700), captionLine(caption.detail, 44, 12, 400), chart);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  return { text, width, height };
}

export function chartAsSvgBlob(svg: SVGSVGElement, caption: ChartCaption): Blob {
  return new Blob([standaloneSvg(svg, caption).text], { type: 'image/svg+xml' });
}

export async function chartAsPngBlob(svg: SVGSVGElement, caption: ChartCaption, scale = 2): Promise<Blob> {
  const { text, width, height } = standaloneSvg(svg, caption);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This system cannot draw the chart as an image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn as PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
