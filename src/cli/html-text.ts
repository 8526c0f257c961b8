import { Window } from 'happy-dom';
import { collectBlocks } from '../page/collect-text.ts';

/**
 * An HTML file's text as the content script reads a page: the same block collector over a parsed
 * document (happy-dom, with scripts off), blocks joined by a blank line so that the engine never
 * runs a heading into the next paragraph.
 */
export function htmlToText(html: string): string {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  try {
    // Parsed into an inert document, never rendered or run: the file's text is only read.
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const root = document.body ?? document.documentElement;
    return collectBlocks(root as unknown as Node)
      .map((block) => block.text)
      .join('\n\n');
  } finally {
    void window.happyDOM.close();
  }
}
