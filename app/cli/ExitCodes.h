#pragma once

/// pointdesk-cli's exit codes. Scripts rely on them: never renumber, only add.
namespace CliExit {
/// The command did what was asked (also `status` of a declined or cancelled order: the query worked).
constexpr int Success = 0;
/// Unknown command or option, missing or extra argument, bad --api-base / --timeout / POINTDESK_POLL_MS; no access
/// token (POINTDESK_TOKEN not set and none saved by `login`).
constexpr int Usage = 2;
/// A value the user gave is not acceptable (amount, description, card, e-mail, URL, order or user id, the token
/// given to `login` ...); nothing was sent.
constexpr int InvalidInput = 3;
/// Mercado Pago answered with an error: 400, 401, 403, 404, 409, 429, 5xx, or a body not as documented.
constexpr int ApiError = 4;
/// Mercado Pago could not be reached: no connection, timeout, TLS failure.
constexpr int NetworkError = 5;
/// `charge --wait` (or `charge` when the order had already ended): the card was declined.
constexpr int Declined = 6;
/// `charge --wait` (or `charge` when the order had already ended): the order was cancelled (on the terminal, or the
/// terminal was freed).
constexpr int Cancelled = 7;
/// The system keychain refused access or failed, or there is no keychain service at all (every command that needs
/// the keychain: login, logout, and any command looking for the saved token while POINTDESK_TOKEN is not set), or it
/// did not answer within POINTDESK_KEYCHAIN_TIMEOUT seconds (a locked keychain's prompt left unanswered, a stuck
/// keyring service). Nothing was saved.
constexpr int KeychainError = 8;
/// The order journal could not be opened or written (damaged, held by another program, written by a newer
/// PointDesk, disk full, read-only ...): `charge` sent nothing, `history` showed nothing. The message says what to do.
constexpr int JournalError = 9;
/// `charge`: PointDesk cannot tell whether the order reached the terminal (the answer to it was lost and checking the
/// terminal did not settle it). Nothing more was sent, so that nobody is charged twice; the sale stays in the journal
/// in state "unknown". Look at the terminal, then `pointdesk-cli status ORDER_ID` or
/// `pointdesk-cli history --state unknown`, before charging again.
constexpr int Uncertain = 10;
/// `logout` or `remove-device` while a manager PIN is set: the PIN was not given, is not right, or is locked after
/// too many wrong tries (the window's lockout: wrong PINs here count towards it); or `login` over a saved token while a
/// manager PIN is set (run `logout` first). Nothing was done.
constexpr int PinRefused = 11;
/// `charge --wait` (or `charge` when the order had already ended), Orders API: the order ended action_required
/// ("check the terminal"). Mercado Pago cannot tell whether the card was approved and never will; nothing is recorded
/// as paid. Read the terminal's screen or printed slip before charging again.
constexpr int CheckTerminal = 12;
/// `refund`: the refund's answer did not arrive after the retries. It is kept in the journal, unsettled, and is sent
/// again with the same idempotency key (never made twice) by the next `refund` of the sale or by the window. Do not
/// refund the sale again by other means.
constexpr int RefundUnclear = 13;
/// `store push`: no store database is set up, or it could not be reached, or it refused (password, rights, a newer
/// schema, another journal under this counter's id). The sales wait in the journal and go with the next push.
constexpr int StoreError = 14;
/// Interrupted (SIGINT, Ctrl+C, or a SIGTERM sent by another process); during `charge --wait` the order stays open on the terminal.
constexpr int Interrupted = 130;
} // namespace CliExit
