// The app under test: one <okta-verify-signin>, pointed at the issuer the test gives in the query string.
import 'okta-verify-signin/define';

const issuer = new URLSearchParams(location.search).get('issuer');
const signin = document.createElement('okta-verify-signin');
signin.setAttribute('issuer', issuer ?? '');
signin.setAttribute('client-id', 'okta-verify-signin-demo');
signin.addEventListener('okta-verify-success', (event) => {
  const { claims } = event.detail;
  document.querySelector('#result').textContent = `Signed in as ${claims.preferred_username}`;
});
document.querySelector('main').prepend(signin);
