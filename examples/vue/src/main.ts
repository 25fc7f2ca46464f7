import { createApp } from 'vue';
import 'okta-verify-signin/define';
// Template typings for <okta-verify-signin>, checked by vue-tsc (types only).
import type {} from 'okta-verify-signin/vue';
import App from './App.vue';

createApp(App).mount('#app');
