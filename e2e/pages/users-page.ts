import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export interface InvitedUser {
  name: string;
  email: string;
  password: string;
  role: "editor" | "reviewer" | "admin";
}

/** The admin's users page (/admin/users), as an admin uses it. */
export class UsersPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/admin/users");
    await expect(this.page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  }

  /** Invites someone new (a unique name and email each time) and reads the password shown once. */
  async invite(role: InvitedUser["role"], label = "Person"): Promise<InvitedUser> {
    const tag = randomBytes(4).toString("hex");
    const name = `${label} ${tag}`;
    const email = `${label.toLowerCase().replace(/\W+/g, ".")}.${tag}@newsroom.test`;
    await this.fillInvitation(name, email, role);
    const shown = this.page.getByRole("region", { name: new RegExp(`${name} can now sign in`) });
    await expect(shown).toBeVisible();
    const password = (await shown.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(password).toMatch(/^[\w-]{20,}$/);
    return { name, email, password, role };
  }

  async fillInvitation(name: string, email: string, role: InvitedUser["role"]) {
    const form = this.page.getByRole("region", { name: "Invite someone" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption(role);
    await form.getByRole("button", { name: "Invite" }).click();
  }

  row(email: string) {
    return this.page.getByRole("row").filter({ hasText: email });
  }

  async disable(user: InvitedUser) {
    await this.row(user.email)
      .getByRole("button", { name: `Disable ${user.name}` })
      .click();
    await expect(this.row(user.email).getByText("Disabled", { exact: true })).toBeVisible();
  }

  async changeRole(user: InvitedUser, role: InvitedUser["role"]) {
    const row = this.row(user.email);
    await row.getByRole("combobox", { name: `Role of ${user.name}` }).selectOption(role);
    await row.getByRole("button", { name: `Change role of ${user.name}` }).click();
  }
}

/** Signs in through the form with any account, on a page that has its own address. */
export async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
