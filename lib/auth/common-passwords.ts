// Passwords attackers try first, at the project's minimum length and above (lower-cased).
// A short list kept in the code: the long public lists would be a download.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "000000000000", "111111111111", "123123123123", "123456789012", "1234567890ab", "123456789abc",
  "1234qwerty12", "1q2w3e4r5t6y", "1qaz2wsx3edc", "987654321012", "aaaaaaaaaaaa", "abc123456789",
  "abcdefghijkl", "admin1234567", "adminadmin12", "administrator", "asdfghjkl123", "autumn202020",
  "azerty123456", "azertyuiop12", "baseball1234", "bonjour12345", "changeme1234", "chocolat1234",
  "claimtracker", "doudou123456", "dragon123456", "factcheck123", "football1234", "freedom12345",
  "harley123456", "hello1234567", "hunter123456", "iloveyou1234", "iloveyou12345", "january20202",
  "jennifer1234", "jetaime12345", "jordan231234", "journalist12", "letmein12345", "letmein123456",
  "loulou123456", "marseille123", "michael12345", "monkey123456", "motdepasse12", "motdepasse123",
  "mypassword12", "newsroom1234", "nicolas12345", "p@ssw0rd1234", "passw0rd1234", "password123!",
  "password1234", "password12345", "password123456", "passwordpassword", "princess1234",
  "q1w2e3r4t5y6", "qwerty123456", "qwerty1234567", "qwertyqwerty", "qwertyuiopas", "rootroot1234",
  "secret123456", "soleil123456", "spring202020", "starwars1234", "summer202020", "sunshine1234",
  "superman1234", "test12345678", "trustno11234", "welcome12345", "welcome123456", "whatever1234",
  "winter202020", "zxcvbnm12345",
]);
