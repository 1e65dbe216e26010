'use client';

import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Card, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { useFormMutation } from '@/components/use-form-mutation';
import { emailShape, profileNameShape } from '@/shapes/people';

export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on Profile {
    email
    firstName
    lastName
    pendingEmail
  }
`);

const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      ...ProfileFields
    }
  }
`);

const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      profile {
        ...ProfileFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      profile {
        ...ProfileFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const emailChangeShape = z.object({ newEmail: emailShape });

export function ProfileView() {
  const { data, loading, error, refetch } = useQuery(MyProfileQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const nameForm = useForm({ resolver: zodResolver(profileNameShape), defaultValues: { firstName: '', lastName: '' } });
  const emailForm = useForm({ resolver: zodResolver(emailChangeShape), defaultValues: { newEmail: '' } });
  const [updateName] = useFormMutation(UpdateMyProfileMutation, (d) => d.updateMyProfile, { setError: nameForm.setError, fields: ['firstName', 'lastName'] });
  const [requestChange] = useFormMutation(RequestEmailChangeMutation, (d) => d.requestEmailChange, { setError: emailForm.setError, fields: ['newEmail'] });
  const profile = data?.myProfile;
  const { reset } = nameForm;
  useEffect(() => {
    if (profile) reset({ firstName: profile.firstName, lastName: profile.lastName });
  }, [profile, reset]);

  return (
    <QueryState data={profile} loading={loading} error={error} errorTitle="Your profile could not be loaded." onRetry={() => void refetch()}>
      {(profile) => (
        <>
          <PageHeader title="Profile" description="Only you can change your name and email; program managers cannot." />
          {notice && (
            <div className="mb-4">
              <Notice>{notice}</Notice>
            </div>
          )}
          <div className="grid gap-6 lg:grid-cols-2">
            <Card className="p-5">
              <h2 className="text-base font-semibold text-gray-900">Name</h2>
              <form
                noValidate
                aria-label="Your name"
                className="mt-4 space-y-4"
                onSubmit={nameForm.handleSubmit(async (values) => {
                  if (await updateName({ input: values })) setNotice('Your name was saved.');
                })}
              >
                <Field label="First name" required error={nameForm.formState.errors.firstName?.message} {...nameForm.register('firstName')} />
                <Field label="Last name" error={nameForm.formState.errors.lastName?.message} {...nameForm.register('lastName')} />
                {nameForm.formState.errors.root?.message && <ErrorNotice title="Not saved.">{nameForm.formState.errors.root.message}</ErrorNotice>}
                <Button type="submit" busy={nameForm.formState.isSubmitting}>
                  Save name
                </Button>
              </form>
            </Card>
            <Card className="p-5">
              <h2 className="text-base font-semibold text-gray-900">Email</h2>
              <p className="mt-1 text-sm text-gray-600">
                Your email is <strong data-testid="profile-email">{profile.email}</strong>.
              </p>
              {profile.pendingEmail && (
                <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-800" data-testid="pending-email">
                  Waiting for you to confirm {profile.pendingEmail} from the link we sent there (valid 3 hours).
                </p>
              )}
              <form
                noValidate
                aria-label="Change your email"
                className="mt-4 space-y-4"
                onSubmit={emailForm.handleSubmit(async (values) => {
                  if (!(await requestChange({ input: values }))) return;
                  emailForm.reset();
                  setNotice(`We sent a confirmation link to ${values.newEmail}. Your email changes once you confirm it; ${profile.email} was told.`);
                })}
              >
                <Field label="New email" type="email" error={emailForm.formState.errors.newEmail?.message} {...emailForm.register('newEmail')} />
                {emailForm.formState.errors.root?.message && <ErrorNotice title="Not sent.">{emailForm.formState.errors.root.message}</ErrorNotice>}
                <Button type="submit" busy={emailForm.formState.isSubmitting}>
                  Send confirmation link
                </Button>
              </form>
            </Card>
          </div>
        </>
      )}
    </QueryState>
  );
}
