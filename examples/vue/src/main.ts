import { createApp } from 'vue';
import 'okta-verify-signin/define';
import App from './App.vue';

createApp(App).mount('#app');
