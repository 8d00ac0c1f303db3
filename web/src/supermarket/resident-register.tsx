import { RegisterResidentInNeedInput, type ResidentCategory, residentCategories } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { blankFields, noneBlank } from "./blanks.ts";
import { parseAmount } from "./figures.ts";
import { useLabels } from "./labels.ts";

type Required = "name" | "category" | "householdSize";

/** Register a resident in need (登记困难居民); they wait for approval before receiving goods. */
export function RegisterResidentForm({
  communityId,
  onRegistered,
}: {
  communityId: string;
  onRegistered(): void;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const command = useCommand(["name", "category", "householdSize", "address", "note"]);
  const [residentId, setResidentId] = useState(newId);
  const [name, setName] = useState("");
  const [category, setCategory] = useState<ResidentCategory | "">("");
  const [householdSize, setHouseholdSize] = useState("1");
  const [address, setAddress] = useState("");
  const [note, setNote] = useState("");
  const [blanks, setBlanks] = useState<Partial<Record<Required, string>>>({});
  const [registered, setRegistered] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRegistered(undefined);
    const missing = blankFields({ name, category, householdSize }, t("error.required"));
    setBlanks(missing);
    if (!noneBlank(missing) || category === "") return;
    const body = {
      residentId,
      communityId,
      name,
      category,
      householdSize: parseAmount(householdSize),
      address: address.trim() === "" ? undefined : address,
      note,
    };
    const result = await command.submit(
      `/api/communities/${communityId}/residents`,
      body,
      RegisterResidentInNeedInput,
    );
    if (result === undefined) return;
    setRegistered(t("supermarket.residents.registered", { name: name.trim() }));
    setResidentId(newId());
    setName("");
    setCategory("");
    setHouseholdSize("1");
    setAddress("");
    setNote("");
    onRegistered();
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="supermarket-register-heading"
      className="supermarket-panel"
    >
      <h2 id="supermarket-register-heading">{t("supermarket.residents.register")}</h2>
      <Field
        id="resident-name"
        label={t("supermarket.residents.name")}
        error={blanks.name ?? command.fieldError("name")}
      >
        <input
          id="resident-name"
          autoComplete="off"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <div className="row">
        <Field
          id="resident-category"
          label={t("supermarket.residents.category")}
          error={blanks.category ?? command.fieldError("category")}
        >
          <select
            id="resident-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as ResidentCategory | "")}
          >
            <option value="">{t("supermarket.residents.chooseCategory")}</option>
            {residentCategories.map((c) => (
              <option key={c} value={c}>
                {labels.residentCategory(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="resident-household"
          label={t("supermarket.residents.householdSize")}
          error={blanks.householdSize ?? command.fieldError("householdSize")}
        >
          <input
            id="resident-household"
            inputMode="numeric"
            autoComplete="off"
            value={householdSize}
            onChange={(e) => setHouseholdSize(e.target.value)}
          />
        </Field>
      </div>
      <Field
        id="resident-address"
        label={t("supermarket.residents.addressOptional")}
        error={command.fieldError("address")}
      >
        <input
          id="resident-address"
          autoComplete="off"
          maxLength={200}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
      </Field>
      <Field
        id="resident-note"
        label={t("supermarket.residents.noteOptional")}
        error={command.fieldError("note")}
      >
        <textarea
          id="resident-note"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      {registered ? (
        <p className="supermarket-ok" role="status">
          {registered}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.residents.registerSubmit")}
      </button>
    </form>
  );
}
