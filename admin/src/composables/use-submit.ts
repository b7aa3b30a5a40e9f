import { ref } from 'vue';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client/core';
import { useApolloClient } from '@vue/apollo-composable';
import { useToastStore } from '@/stores/toast';

export interface SubmitOptions {
  /** The success toast's title (Vietnamese or English, from the caller's i18n). */
  success: string;
  /** What follows a success while still busy: emit, close the dialog, reset the form, refetch. */
  then?: () => unknown;
  /** An error the error link does not show (an upload's, say); GraphQL errors are shown there. */
  onError?: (error: unknown) => void;
}

/**
 * One form or dialog action: `busy` while it runs, the success toast, then what follows (emit,
 * close, refetch). A failure leaves everything as it was (the dialog stays open with what was
 * typed): the error link shows the server's coded Vietnamese message, so it is not shown twice.
 * Resolves to whether the action went through. Each independent button keeps its own instance.
 */
export function useSubmit() {
  const { resolveClient } = useApolloClient();
  const toast = useToastStore();
  const busy = ref(false);

  async function run(work: () => Promise<unknown>, options: SubmitOptions): Promise<boolean> {
    busy.value = true;
    try {
      await work();
      toast.success(options.success);
      await options.then?.();
      return true;
    } catch (error) {
      options.onError?.(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** `run` of one mutation through the page's Apollo client. */
  function mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options: SubmitOptions,
  ): Promise<boolean> {
    return run(() => resolveClient().mutate({ mutation, variables }), options);
  }

  return { busy, run, mutate };
}
