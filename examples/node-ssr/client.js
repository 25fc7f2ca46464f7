// Takes the server's markup over (instead of `okta-verify-signin/define`), then shows who signed in.
import 'okta-verify-signin/hydrate';

const signin = document.querySelector('okta-verify-signin');
signin.addEventListener('okta-verify-success', (event) => {
  const { name, email } = event.detail.claims ?? {};
  const status = document.getElementById('signed-in');
  status.textContent = `Signed in as ${name} (${email})`;
  status.hidden = false;
  signin.hidden = true;
});
