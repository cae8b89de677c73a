import { Localized, msg } from '../../i18n';
import { defineRule } from '../types';
import { Artifact, findArtifacts } from './artifacts';
import { mapped } from '../../arrays';

const LOCAL_PATH = /^(?:[A-Za-z]:[\\/]|\\\\|\/(?:Users|home)\/|file:)/i;

function codePoints(s: string): string {
  return mapped([...s], (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

function shorten(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function describe(a: Artifact): Localized {
  const shown = shorten(a.text.trim());
  switch (a.kind) {
    case 'image':
      return LOCAL_PATH.test(a.payload ?? '')
        ? msg(`转换残留的图片占位符「${shown}」：图片已丢失，且暴露了作者电脑上的文件路径`, `Converter image placeholder "${shown}": the picture is lost and the author's local file path shows`)
        : msg(`转换残留的图片占位符「${shown}」：图片已丢失，占位文字会被公开`, `Converter image placeholder "${shown}": the picture is lost and the placeholder text would be published`);
    case 'bookmark':
      return msg(`Word 书签残留「${shown}」，说明文稿未清理`, `Leftover Word bookmark "${shown}": the draft was not cleaned`);
    case 'footnote':
      return msg(`转换残留的脚注标记「${shown}」`, `Converter footnote marker "${shown}"`);
    case 'comment':
      return msg(`Word 批注残留「${shown}」：批注内容和作者不应公开`, `Leftover Word comment "${shown}": comments and their authors must not be published`);
    case 'page-field':
      return msg(`页码域代码残留「${shown.replace(/\s+/g, ' ')}」（域代码及其显示值）`, `Page-number field code left in the text: "${shown.replace(/\s+/g, ' ')}" (the code and its cached value)`);
    case 'field-code':
      return msg(`Word 域代码残留「${shown}」`, `Word field code left in the text: "${shown}"`);
    case 'invisible':
      return msg(`不可见字符 ${codePoints(a.text)}（零宽空格、软连字符等），会干扰检索和复制`, `Invisible character ${codePoints(a.text)} (zero-width space, soft hyphen…): it breaks search and copying`);
    case 'private-use':
      return msg(`私用区字符 ${codePoints(a.text)}（符号字体字形），发布后显示为方框`, `Private-use character ${codePoints(a.text)} (a symbol-font glyph): it shows as a box once published`);
  }
}

export default defineRule({
  meta: {
    id: 'word-artifact',
    description: msg(
      '转换残留：图片占位符、书签、脚注/批注标记、PAGE 等域代码及其显示值、零宽字符、软连字符、私用区字符',
      'Converter debris: image placeholders, bookmarks, footnote/comment markers, PAGE and other field codes with their cached values, zero-width characters, soft hyphens, private-use glyphs',
    ),
    defaultSeverity: 'error',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    for (const a of findArtifacts(ctx.model)) {
      // An image name without a path only means the figure was lost (domain §5.5 #25): a warning.
      const severity = a.kind === 'image' && !LOCAL_PATH.test(a.payload ?? '') ? 'warning' : undefined;
      ctx.report({
        range: a.range,
        severity,
        message: describe(a),
        fix: { title: msg('删除残留内容', 'Remove the debris'), edits: [{ range: a.range, newText: '' }] },
      });
    }
  },
});
