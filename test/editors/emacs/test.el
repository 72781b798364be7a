;;; test.el --- Headless Emacs test: eglot against `node dist/server.js --stdio'.  -*- lexical-binding: t -*-
;; Env: TFKMS_ROOT, TFKMS_FIXTURE, TFKMS_RESULTS.  Writes "PASS|FAIL <check> <detail>" lines, then exits.
;; eglot is built into Emacs 29+; on Emacs 28 it comes from Debian's elpa-eglot.
(require 'cl-lib)
(require 'subr-x)
(unless (locate-library "eglot")
  ;; -Q skips Debian's site-start, which would add the system ELPA directory.
  (require 'package)
  (setq package-directory-list
        (append package-directory-list
                (cl-remove-if-not #'file-directory-p '("/usr/share/emacs/site-lisp/elpa"))))
  (package-initialize))
(require 'eglot)

(defvar tfkms-results nil)
(defvar tfkms-raw-diagnostics nil "The diagnostics of the last publishDiagnostics, as the server sent them.")

(defun tfkms-check (name ok detail)
  (push (format "%s %s %s" (if ok "PASS" "FAIL") name (replace-regexp-in-string "\n" " " (format "%s" detail)))
        tfkms-results))

(defun tfkms-wait (pred timeout)
  "Process events until PRED returns non-nil or TIMEOUT seconds pass."
  (let ((deadline (+ (float-time) timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(define-derived-mode terraform-mode prog-mode "Terraform")
(add-to-list 'auto-mode-alist '("\\.tf\\'" . terraform-mode))
(let ((server (expand-file-name "dist/server.js" (getenv "TFKMS_ROOT"))))
  (add-to-list 'eglot-server-programs `(terraform-mode . ("node" ,server "--stdio"))))

;; Keep the raw diagnostics (eglot hands flymake the message only, not the code).
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
  (setq tfkms-raw-diagnostics (append diagnostics nil)))

(defun tfkms-position (line character)
  (save-excursion
    (goto-char (point-min))
    (forward-line line)
    (forward-char character)
    (point)))

(defun tfkms-run ()
  (find-file (getenv "TFKMS_FIXTURE"))
  (let* ((dir (file-name-directory (getenv "TFKMS_FIXTURE")))
         (project-find-functions (list (lambda (_dir) (cons 'transient dir)))))
    (apply #'eglot (eglot--guess-contact)))
  (tfkms-check "server-started" (tfkms-wait #'eglot-current-server 20)
               (and (eglot-current-server) (jsonrpc-name (eglot-current-server))))
  (tfkms-check "initialized" (eglot--managed-mode) "eglot manages the buffer")

  (tfkms-wait (lambda () tfkms-raw-diagnostics) 20)
  ;; Other rules may add warnings or hints; the fixture has exactly one error.
  (let* ((describe (lambda (d) (format "%s@%s" (plist-get d :code)
                                       (plist-get (plist-get (plist-get d :range) :start) :line))))
         (codes (mapcar describe tfkms-raw-diagnostics))
         (errors (mapcar describe (cl-remove-if-not (lambda (d) (eql (plist-get d :severity) 1)) tfkms-raw-diagnostics)))
         (flymake-errors nil))
    ;; flymake shows it too
    (tfkms-wait (lambda () (flymake-diagnostics)) 10)
    (setq flymake-errors (cl-count-if (lambda (d) (memq (flymake-diagnostic-type d) '(:error eglot-error))) (flymake-diagnostics)))
    (tfkms-check "diagnostics"
                 (and (equal errors '("unknown-attribute@5")) (= flymake-errors 1))
                 (format "errors: %s; all: %s; flymake errors=%d"
                         (string-join errors ",") (string-join codes ",") flymake-errors)))

  ;; Completion through eglot's completion-at-point function.
  (goto-char (tfkms-position 6 0))
  (let* ((capf (eglot-completion-at-point))
         (labels (and capf (all-completions "" (nth 2 capf)))))
    (tfkms-check "completion" (member "enable_key_rotation" labels) (format "%d items" (length labels))))

  ;; Hover through eglot's connection, as its eldoc function asks it.
  (goto-char (tfkms-position 4 4))
  (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (contents (plist-get hover :contents))
         (value (if (stringp contents) contents (or (plist-get contents :value) (format "%S" contents)))))
    (tfkms-check "hover" (and (string-match-p "deletion_window_in_days" value) (string-match-p "number" value))
                 (substring value 0 (min 80 (length value)))))
  (eglot-shutdown (eglot-current-server)))

(condition-case err
    (tfkms-run)
  (error (tfkms-check "script" nil (error-message-string err))))
(with-temp-file (getenv "TFKMS_RESULTS")
  (insert (string-join (reverse tfkms-results) "\n") "\n"))
(kill-emacs 0)
