// next-auth's routes, with their callbackUrl made safe before next-auth reads it
// (lib/auth/auth-options.ts, `authRoute`): a mangled one answered 500.
import { authRoute } from "@/lib/auth/auth-options";
export { authRoute as GET, authRoute as POST };
