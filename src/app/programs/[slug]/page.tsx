import { redirect } from 'next/navigation';

export default async function ProgramIndex({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  redirect(`/programs/${slug}/partners`);
}
