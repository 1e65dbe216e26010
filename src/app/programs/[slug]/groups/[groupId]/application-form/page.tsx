import type { Metadata } from 'next';
import { idFromParam } from '@/components/route-params';
import { ApplicationFormEditor } from '../../application-form-editor';

export const metadata: Metadata = { title: 'Application form' };

export default async function ApplicationFormPage({ params }: { params: Promise<{ slug: string; groupId: string }> }) {
  const { slug, groupId } = await params;
  return <ApplicationFormEditor slug={slug} groupId={idFromParam(groupId)} />;
}
