#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the statement-email tests (Debian python3-aiosmtpd).

Prints "PORT <n>" once it listens, then serves until it is terminated. Each message it
accepts is parsed with Python's own email package (not Bursar's code) and kept in the store
folder as NNNN.json (envelope sender and recipients, the decoded subject, the text) with
its attachments beside it as NNNN-<k>.<name>. The file "mode" in the store decides each
recipient's answer: "accept" (the default), "refuse" (550) or "later" (451).
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Handler:
    def __init__(self, store):
        self.store = store

    def mode(self):
        try:
            with open(os.path.join(self.store, "mode")) as f:
                return f.read().strip()
        except FileNotFoundError:
            return "accept"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        mode = self.mode()
        if mode == "refuse":
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if mode == "later":
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        number = len([n for n in os.listdir(self.store) if n.endswith(".json")]) + 1
        stem = os.path.join(self.store, "%04d" % number)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "to": str(message["to"]),
            "from": str(message["from"]),
            "text": "",
            "attachments": [],
        }
        for k, part in enumerate(message.walk()):
            if part.get_content_maintype() == "multipart":
                continue
            name = part.get_filename()
            if name:
                path = "%s-%d.%s" % (stem, k, name.replace("/", "_"))
                with open(path, "wb") as f:
                    f.write(part.get_payload(decode=True))
                record["attachments"].append({"name": name, "type": part.get_content_type(), "path": path})
            elif part.get_content_type() == "text/plain":
                record["text"] = part.get_content()
        with open(stem + ".json.part", "w") as f:
            json.dump(record, f)
        os.rename(stem + ".json.part", stem + ".json")
        return "250 2.0.0 Ok: queued as bursar-%d" % number


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("store")
    parser.add_argument("--login", help="USER:PASSWORD the server requires")
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = {}
    if args.login:
        user, password = args.login.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            return AuthResult(success=ok, handled=False)

        options = {"authenticator": authenticator, "auth_required": True, "auth_require_tls": False}
    controller = Controller(Handler(args.store), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
