import { bootstrapApplication } from '@angular/platform-browser';
import 'okta-verify-signin/define';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));
