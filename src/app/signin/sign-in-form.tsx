'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { requestSignInLink } from './actions';

const schema = z.object({ email: z.string().trim().min(1, 'Enter your email address.').pipe(z.email('Enter a valid email address, like name@company.com.')) });
type Values = z.infer<typeof schema>;

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: defaultEmail ?? '' } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await requestSignInLink({ email: values.email, callbackUrl });
    if (result?.error) setError('email', { message: result.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Email address" type="email" autoComplete="email" autoFocus required error={errors.email?.message} {...register('email')} />
      <Button type="submit" busy={isSubmitting} className="w-full">
        Email me a sign-in link
      </Button>
    </form>
  );
}
