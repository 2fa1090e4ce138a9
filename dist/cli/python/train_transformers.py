"""model-experiments' transformers trainer (train --trainer transformers): the seed's fine-tuning.

Run by model-experiments through the --run contract: the parameters come from the JSON file named by ME_CONFIG,
the model is written to its output_dir, final metrics to its metrics_file. Its sha256 is part of the train key,
so any change to this file makes the next training a miss that says so.

AutoModelForSequenceClassification from model_path (else model_name), the tokenizer truncating to max_length,
dynamic padding (DataCollatorWithPadding), labels mapped to id2label/label2id, and every one of the eleven
parameters in TrainingArguments. TensorBoard event files go to <output>/logs; checkpoints go to --checkpoint-dir,
outside the output (the cached result holds the final model only).
"""

import argparse
import json
import math
import os
import sys
from importlib import metadata



def fail(args, kind, message):
    """Stop with one line for the user, handed to model-experiments in --failure-file: "input" (bad input: it
    exits 2 with the line) or "versions" (the packages are not the ones the key was computed for)."""
    if args.failure_file:
        with open(args.failure_file, "w", encoding="utf-8") as handle:
            json.dump({"kind": kind, "message": message}, handle)
    print(message, file=sys.stderr)
    sys.exit(2)


def fail_input(args, message):
    fail(args, "input", message)


def read_jsonl(path, text_column, label_column, flag, args):
    texts, labels = [], []
    integer_labels = True
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip() == "":
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except ValueError:
                fail_input(args, f"{where} is not valid JSON: give one JSON object per line")
            if not isinstance(row, dict):
                fail_input(args, f"{where} is not a JSON object: give one {{\"{text_column}\": ..., \"{label_column}\": ...}} object per line")
            text = row.get(text_column)
            if not isinstance(text, str):
                columns = ", ".join(row.keys()) or "(none)"
                fail_input(args, f"{where} has no \"{text_column}\" text column (columns: {columns}): set --text-column to the column holding the text")
            label = row.get(label_column)
            if isinstance(label, bool) or not (isinstance(label, int) or (isinstance(label, str) and label != "")):
                fail_input(args, f"{where}: label {json.dumps(label)} is neither an integer nor a non-empty string: fix the data or set --label-column")
            if isinstance(label, str):
                integer_labels = False
            texts.append(text)
            labels.append(str(label))
    if not texts:
        fail_input(args, f"{flag} {path} holds no examples: give a JSONL file with at least one line")
    return texts, labels, integer_labels


def label_vocabulary(labels, integer_labels):
    """A fixed order (numeric for integer labels, else by code point), as the built-in trainer uses."""
    distinct = set(labels)
    return sorted(distinct, key=int) if integer_labels else sorted(distinct)


class EncodedExamples:
    """A map-style dataset of tokenized examples (no `datasets` dependency); the collator pads each batch."""

    def __init__(self, encodings, label_ids):
        self.encodings = encodings
        self.label_ids = label_ids

    def __len__(self):
        return len(self.label_ids)

    def __getitem__(self, index):
        item = {name: values[index] for name, values in self.encodings.items()}
        item["labels"] = self.label_ids[index]
        return item


def finite(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="label")
    parser.add_argument("--checkpoint-dir", required=True)
    parser.add_argument("--history-file")
    parser.add_argument("--failure-file")
    parser.add_argument("--expect-torch")
    parser.add_argument("--expect-transformers")
    args = parser.parse_args()

    with open(os.environ["ME_CONFIG"], encoding="utf-8") as handle:
        config = json.load(handle)
    output_dir = config["output_dir"]

    # The key holds the versions model-experiments read before training: train only with exactly those.
    for package, expected in (("torch", args.expect_torch), ("transformers", args.expect_transformers)):
        found = metadata.version(package)
        if expected and found != expected:
            fail(args, "versions", f"{package} is {found} here, but the key was computed for {expected}")

    # transformers 5 has no logging_dir argument: TensorBoardCallback reads this variable (else it writes ./runs).
    os.environ["TENSORBOARD_LOGGING_DIR"] = os.path.join(output_dir, "logs")

    import torch

    cuda = torch.cuda.is_available()
    if config["fp16"] and not cuda:
        fail_input(args, f"fp16 (mixed precision) needs a CUDA GPU, and torch {torch.__version__} sees none here: drop it, or train on a GPU runner")
    device = f"cuda ({torch.cuda.get_device_name(0)})" if cuda else "cpu"
    print(f"transformers trainer: training on {device}, torch {torch.__version__}, transformers {metadata.version('transformers')}", flush=True)

    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
        DataCollatorWithPadding,
        PrinterCallback,
        Trainer,
        TrainerCallback,
        TrainingArguments,
        set_seed,
    )

    class LogLines(TrainerCallback):
        """The log a person reads in CI: one line per logging step and per evaluation."""

        def on_log(self, args, state, control, logs=None, **kwargs):
            logs = logs or {}
            where = f"step {state.global_step}/{state.max_steps}  epoch {logs.get('epoch', state.epoch or 0):.2f}"
            if "eval_loss" in logs:
                print(f"eval at {where}: loss {logs['eval_loss']:.4f}, accuracy {logs.get('eval_accuracy', float('nan')):.4f}", flush=True)
            elif "loss" in logs:
                print(f"{where}  loss {logs['loss']:.4f}  lr {logs.get('learning_rate', 0):.2e}", flush=True)

    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    set_seed(config["seed"])
    train_texts, train_labels, train_integer = read_jsonl(config["train_data"], args.text_column, args.label_column, "--train-data", args)
    val_texts, val_labels, val_integer = read_jsonl(config["val_data"], args.text_column, args.label_column, "--val-data", args)
    names = label_vocabulary(train_labels, train_integer and val_integer)
    if len(names) < 2:
        fail_input(args, f"--train-data has only one label ({names[0]}): a classifier needs examples of at least two labels")
    label2id = {name: index for index, name in enumerate(names)}
    unseen = sorted(set(val_labels) - set(names))
    if unseen:
        fail_input(args, f"--val-data has labels the training data lacks ({', '.join(unseen[:5])}): add examples of them to --train-data")
    id2label = {index: name for index, name in enumerate(names)}

    source = config["model_path"] or config["model_name"]
    tokenizer = AutoTokenizer.from_pretrained(source)
    model = AutoModelForSequenceClassification.from_pretrained(source, num_labels=len(names), id2label=id2label, label2id=label2id)

    def encode(texts, labels):
        encodings = tokenizer(texts, truncation=True, max_length=config["max_length"])
        return EncodedExamples(encodings, [label2id[label] for label in labels])

    train_set = encode(train_texts, train_labels)
    val_set = encode(val_texts, val_labels)

    def compute_metrics(prediction):
        logits, targets = prediction
        predicted = logits.argmax(axis=-1)
        return {"accuracy": float((predicted == targets).mean())}

    training_args = TrainingArguments(
        output_dir=args.checkpoint_dir,
        num_train_epochs=config["epochs"],
        per_device_train_batch_size=config["batch_size"],
        per_device_eval_batch_size=config["batch_size"],
        learning_rate=config["learning_rate"],
        warmup_steps=config["warmup_steps"],
        eval_strategy="steps",
        eval_steps=config["eval_steps"],
        logging_strategy="steps",
        logging_steps=config["logging_steps"],
        save_strategy="steps",
        save_steps=config["save_steps"],
        # Checkpoints are for resuming inside this run; only the newest is kept while it lasts.
        save_total_limit=1,
        gradient_accumulation_steps=config["gradient_accumulation_steps"],
        fp16=config["fp16"],
        seed=config["seed"],
        report_to=["tensorboard"],
        # One plain line per logging and evaluation step (LogLines) instead of progress bars redrawn with "\r".
        disable_tqdm=True,
        dataloader_pin_memory=cuda,
    )
    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=train_set,
        eval_dataset=val_set,
        data_collator=DataCollatorWithPadding(tokenizer=tokenizer),
        compute_metrics=compute_metrics,
    )
    trainer.remove_callback(PrinterCallback)
    trainer.add_callback(LogLines())
    train_result = trainer.train()
    eval_metrics = trainer.evaluate()
    trainer.save_model(output_dir)
    tokenizer.save_pretrained(output_dir)

    # What evaluate reads back: the columns and the length the model was trained with.
    config_path = os.path.join(output_dir, "config.json")
    with open(config_path, encoding="utf-8") as handle:
        saved = json.load(handle)
    saved["model_experiments"] = {
        "trainer": "transformers",
        "base_model": config["model_name"],
        "max_length": config["max_length"],
        "text_column": args.text_column,
        "label_column": args.label_column,
    }
    with open(config_path, "w", encoding="utf-8") as handle:
        json.dump(saved, handle, indent=2)
        handle.write("\n")

    metrics = {**train_result.metrics, **eval_metrics, "train_samples": len(train_set), "eval_samples": len(val_set), "global_step": train_result.global_step}
    metrics = {name: value for name, value in metrics.items() if finite(value)}
    for name, values in (("train_results.json", train_result.metrics), ("eval_results.json", eval_metrics)):
        with open(os.path.join(output_dir, name), "w", encoding="utf-8") as handle:
            json.dump({key: value for key, value in values.items() if finite(value)}, handle, indent=2)
            handle.write("\n")
    with open(config["metrics_file"], "w", encoding="utf-8") as handle:
        json.dump(metrics, handle)
    if args.history_file:
        with open(args.history_file, "w", encoding="utf-8") as handle:
            json.dump(trainer.state.log_history, handle)
    print(f"transformers trainer: validation accuracy {eval_metrics.get('eval_accuracy', float('nan')):.4f}, loss {eval_metrics.get('eval_loss', float('nan')):.4f}", flush=True)


if __name__ == "__main__":
    main()
