/** Las palabras del inicio de sesión de los operadores, sus funciones y las invitaciones por correo. */
export const operatorAccess = {
  signInWith: "Iniciar sesión con {{provider}}",
  orToken: "O iniciar sesión con el token de operador",
  outcome: {
    refused: "Su cuenta no tiene una función de operador de Trilogue. Pídasela a su administrador.",
    failed: "El inicio de sesión no se completó. Inténtelo de nuevo.",
    unavailable: "No se puede acceder al servicio de inicio de sesión. Inténtelo más tarde.",
  },
  signedInAs: "Sesión iniciada: {{name}}",
  role: {
    administrator: "Administrador",
    conference_officer: "Oficial de conferencias",
    auditor: "Auditor",
  },
  auditorNote:
    "Como auditor puede leer el registro de auditoría y verificar el registro de eventos; no puede modificar nada.",
  email: "Correo electrónico",
  emailFor: "Correo electrónico de {{who}}",
  send: "Enviar",
  sendFor: "Enviar el enlace a {{who}} por correo",
  sendConfirm: "¿Enviar a {{who}} un enlace nuevo por correo? El enlace mostrado antes dejará de funcionar.",
  mail: {
    none: "No enviado",
    queued: "En cola",
    sent: "Enviado",
    failed: "Error: {{reason}}",
    retrying: "Error: {{reason}} (se reintentará)",
  },
} as const;
