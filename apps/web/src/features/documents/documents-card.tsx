import { FilePdfOutlined } from '@ant-design/icons';
import type { DocumentKind, DocumentResponse } from '@safegrid/contracts';
import { App, Button, Card, Empty, Form, Input, List, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useCurrentUser } from '../auth/use-session';
import { documentsApi, type DocumentLink } from './documents-api';
import { useDocuments, useIssueDocument, useOfficers } from './use-documents';

const ISSUING_ROLES = ['district', 'department', 'town'];

/**
 * 执法文书 of an inspection or a hazard: each issued PDF to open, and (for officers) a dialog that
 * issues a new one with a second officer. `kinds` are the documents this page can issue.
 */
export function DocumentsCard({ link, kinds }: { readonly link: DocumentLink; readonly kinds: readonly DocumentKind[] }) {
  const t = useT();
  const user = useCurrentUser();
  const documents = useDocuments(link);
  const [open, setOpen] = useState(false);
  const canIssue = kinds.length > 0 && ISSUING_ROLES.includes(user.role);
  return (
    <Card
      title={t('document.title')}
      data-testid="documents-card"
      extra={canIssue ? <Button icon={<FilePdfOutlined aria-hidden />} onClick={() => setOpen(true)} data-testid="issue-document">{t('document.issue')}</Button> : null}
    >
      <ProblemAlert error={documents.error} />
      <List<DocumentResponse>
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        locale={{ emptyText: <Empty description={t('document.none')} /> }}
        renderItem={(document) => (
          <List.Item actions={[<a key="open" href={documentsApi.fileUrl(document.id)} target="_blank" rel="noreferrer" data-testid="document-link">{t('document.open')}</a>]}>
            <List.Item.Meta
              title={<Space wrap><span>{t(`document.kind.${document.kind}` as UiMessageKey)}</span><Typography.Text code>{document.number}</Typography.Text></Space>}
              description={t('document.issuedBy', { name: document.issuedByName, at: formatDateTime(document.issuedAt) })}
            />
          </List.Item>
        )}
      />
      {open && <IssueDialog link={link} kinds={kinds} onClose={() => setOpen(false)} />}
    </Card>
  );
}

interface IssueForm {
  kind: DocumentKind;
  coOfficerId: string;
  deadline?: string;
}

function IssueDialog({ link, kinds, onClose }: { readonly link: DocumentLink; readonly kinds: readonly DocumentKind[]; readonly onClose: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueForm>();
  const officers = useOfficers(true);
  const issue = useIssueDocument();
  const kind = Form.useWatch('kind', form) ?? kinds[0];
  const others = (officers.data ?? []).filter((officer) => officer.userId !== user.id);
  const submit = async (values: IssueForm) => {
    const target = 'inspectionId' in link ? { inspectionId: link.inspectionId } : { hazardIds: [link.hazardId] };
    const document = await issue.mutateAsync({ ...target, kind: values.kind, coOfficerId: values.coOfficerId, ...(values.deadline ? { deadline: values.deadline } : {}) });
    void message.success(t('document.issued', { number: document.number }));
    onClose();
  };
  return (
    <Modal open title={t('document.issueTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={issue.isPending} destroyOnHidden>
      <ProblemAlert error={issue.error ?? officers.error} />
      <Form<IssueForm> form={form} layout="vertical" initialValues={{ kind: kinds[0] }} onFinish={(values) => void submit(values).catch(() => undefined)}>
        <Form.Item name="kind" label={t('document.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((value) => ({ value, label: t(`document.kind.${value}` as UiMessageKey) }))} />
        </Form.Item>
        <Form.Item name="coOfficerId" label={t('document.coOfficer')} rules={[{ required: true }]} extra={officers.data && others.length === 0 ? t('document.noOfficers') : undefined}>
          <Select data-testid="co-officer" loading={officers.isPending} options={others.map((officer) => ({ value: officer.userId, label: `${officer.displayName}（${officer.certificateNo}）` }))} />
        </Form.Item>
        {kind === 'rectification_order' && (
          <Form.Item name="deadline" label={t('document.deadline')}>
            <Input type="date" data-testid="document-deadline" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
