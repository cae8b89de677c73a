import { msg } from '../../i18n';
import { defineRule } from '../types';
import { isStandardTitle, standardHeading, templateTitleKey, titleIsWhole, titleKey, titleOnly } from './common';

export default defineRule({
  meta: {
    id: 'part-title',
    description: msg(
      '部分标题使用模板标题，编号为“一、”至“六、”；可接受的变体默认不提示，将本规则级别设为 error 时也会提示',
      'Part headings use the template titles, numbered 一、 to 六、; accepted variants are reported only when the rule is set to error',
    ),
    defaultSeverity: 'warning',
    fixable: true,
    implements: ['STR-1'],
  },
  check(ctx) {
    const { model } = ctx;
    // "Raising" the rule above its default is how a user asks for the accepted variants too.
    const strict = ctx.configuredSeverity === 'error';
    for (const part of model.parts) {
      const t = part.template;
      if (!t) continue;
      const h = part.heading;
      if (h.number !== t.number) {
        // The parts must not be renumbered; the numeral is certain from the title's part.
        ctx.report({
          range: h.markerRange,
          message: msg(`「${h.title}」是第${t.numeral}部分，编号应为「${t.numeral}、」`, `"${h.title}" is part ${t.number}; number it "${t.numeral}、"`),
          fix: { title: msg(`编号改为「${t.numeral}、」`, `Number it "${t.numeral}、"`), edits: [{ range: h.markerRange, newText: `${t.numeral}、` }] },
        });
      }
      if (titleKey(h.title) === templateTitleKey(t)) continue;
      const accepted = isStandardTitle(t, h.title);
      if (accepted && !strict) continue;
      const expected = standardHeading(t);
      const fix = titleIsWhole(model, h)
        ? { title: msg(`改为「${expected}」`, `Change to "${expected}"`), edits: [{ range: titleOnly(h), newText: t.title }] }
        : undefined;
      ctx.report({
        range: h.titleRange,
        message: accepted
          ? msg(`标题「${h.title}」是可接受的变体，模板标题为「${expected}」`, `"${h.title}" is an accepted variant; the template title is "${expected}"`)
          : msg(`标题「${h.title}」不是模板标题，应为「${expected}」`, `"${h.title}" is not the template title; it should read "${expected}"`),
        fix,
      });
    }
  },
});
