import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { i18n } from './i18n';
import { createAppRouter } from './router';
import { createApolloClient } from './apollo';
import { useSessionStore } from './stores/session';
import { useLocaleStore } from './stores/locale';
import { MeDocument } from './graphql/auth';
import './styles/base.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
app.use(i18n);
useLocaleStore(pinia);

const router = createAppRouter();
const apollo = createApolloClient(router);
app.provide(DefaultApolloClient, apollo);

const session = useSessionStore(pinia);
if (session.restore()) {
  // The stored user paints the shell at once; `me` then refreshes name, unit and roles (an admin
  // may have changed them) or ends a session the server no longer accepts.
  apollo
    .query({ query: MeDocument, fetchPolicy: 'network-only' })
    .then(({ data }) => {
      if (data.me) session.setUser(data.me);
      else session.end('unauthenticated');
    })
    .catch(() => {
      // Network trouble: keep the stored session; the error link already told the user.
    });
}

app.use(router);
app.mount('#app');
