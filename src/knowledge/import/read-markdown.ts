/**
 * Reads Markdown (CommonMark) into blocks with mdast: headings, paragraphs and list items, inline marks dropped
 * (emphasis, links keep their words; images and HTML are left out; code keeps its text).
 *
 * @example markdownBlocks('# Our vision\n\nEvery child…').blocks // [{heading 1}, {p}]
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parent } from 'mdast';
import { cleanInline, type Block } from './blocks.js';

/** Plain words of an inline subtree. */
function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return '';
  if ('children' in node) return (node as Parent).children.map((c) => plain(c as Nodes)).join('');
  return '';
}

/** Parses Markdown into blocks; the first level-1 heading is the document's title. */
export function markdownBlocks(markdown: string): { blocks: Block[]; title?: string } {
  const blocks: Block[] = [];
  const listItems = (list: Parent, into: string[]): void => {
    for (const item of list.children) {
      if (item.type !== 'listItem') continue;
      for (const child of item.children) {
        if (child.type === 'list') listItems(child, into);
        else {
          const text = cleanInline(plain(child as Nodes));
          if (text) into.push(text);
        }
      }
    }
  };
  const walk = (nodes: Nodes[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') blocks.push({ type: 'heading', level: node.depth, text: cleanInline(plain(node)) });
      else if (node.type === 'paragraph') blocks.push({ type: 'p', text: cleanInline(plain(node)) });
      else if (node.type === 'code') blocks.push({ type: 'p', text: cleanInline(node.value) });
      else if (node.type === 'list') {
        const items: string[] = [];
        listItems(node, items);
        if (items.length) blocks.push({ type: 'ul', items });
      } else if (node.type === 'blockquote') walk(node.children as Nodes[]);
      else if (node.type === 'table') {
        for (const row of node.children) for (const cell of row.children) blocks.push({ type: 'p', text: cleanInline(plain(cell)) });
      }
    }
  };
  walk(fromMarkdown(markdown).children as Nodes[]);
  const kept = blocks.filter((b) => b.type === 'ul' || b.text !== '');
  const first = kept.find((b) => b.type === 'heading' && b.level === 1);
  return { blocks: kept, ...(first && first.type === 'heading' ? { title: first.text } : {}) };
}
