/** The privacy policy as Markdown, for the stores' privacy-policy field (English, from the catalogue). */
import { t } from '../i18n/t';
import { PERMISSIONS, POLICY_DATE, STORED } from './policy';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function policyMarkdown(): string {
  const lines = [
    `# ${t('privacy_title')}`,
    '',
    t('privacy_updated', { date: POLICY_DATE }),
    '',
    t('privacy_summary'),
    '',
    `## ${t('privacy_reads_title')}`,
    '',
    t('privacy_reads'),
    '',
    `## ${t('privacy_stored_title')}`,
    '',
    t('privacy_stored_intro'),
    '',
    `| ${t('privacy_col_what')} | ${t('privacy_col_key')} | ${t('privacy_col_kept')} |`,
    '|---|---|---|',
    ...STORED.map((s) => `| ${cell(t(s.what))} | \`${s.key}\` | ${cell(t(s.kept))} |`),
    '',
    `## ${t('privacy_sent_title')}`,
    '',
    t('privacy_sent'),
    '',
    `## ${t('privacy_permissions_title')}`,
    '',
    ...PERMISSIONS.map((p) => `- \`${p.name}\`: ${t(p.why)}`),
    '',
    `## ${t('privacy_delete_title')}`,
    '',
    t('privacy_delete'),
    '',
    t('privacy_children'),
    '',
    t('privacy_changes'),
    '',
  ];
  return lines.join('\n');
}
