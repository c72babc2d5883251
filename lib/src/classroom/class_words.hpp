// The words of the class pages, in each language the tool speaks.
#pragma once

#include <cstddef>
#include <string>

namespace attachscore::classroom {

struct class_words {
    const char* lang;
    const char* form_intro;  ///< "{n} statements …"
    const char* no_wording;  ///< shown for an item without wording: "{n}"
    const char* code_label;
    const char* progress;                         ///< "{n} statements"
    const char* question_of;                      ///< "{i} of {n}"
    const char* about;                            ///< "About: "
    const char* choose;                           ///< under a question left unanswered
    const char *still_needed, *still_needed_one;  ///< "{k} … {list}", and for one question
    const char* kept;     ///< the other answers are kept (said when there are some)
    const char* invalid;  ///< "The answer to question {i} is not one of its options."
    const char *wrong_code, *no_code;
    const char* submit;
    const char* result_title;
    const char* keep_link;
    const char* your_point;  ///< caption of the student's own point
    const char* board_title;
    const char *answers, *answer_one;  ///< "{n} answers so far", "1 answer so far"
    const char* waiting;               ///< "{min}"
    const char* board_caption;         ///< "{xcut} {ycut}"
    const char* hidden;
    const char *closed, *closed_text;  ///< shown to students when answers are closed
    const char* closed_board;
    const char *hide, *show, *close, *open;
    const char* class_code;  ///< "Class code: "
    const char* means;       ///< "Means of the {n} answers: "
    const char* board_key;   ///< the board needs the teacher's address
    const char *not_found, *not_found_text;
    const char* no_result;
    const char* bad_form;  ///< "The form could not be read: {why}."
    const char* full;
    const char* back;
    const char* join_title;       ///< above the QR code on the board
    const char* join_text;        ///< "Open {address} or scan the code, and type the class code."
    const char* rate_limited;     ///< too many new answers from one address: wait
    const char* not_saved;        ///< the teacher's computer could not save: nothing recorded
    const char* saved_as;         ///< "{id}": the student's id in the save file
    const char* changed;          ///< this device's earlier answers were replaced
    const char* remove_last;      ///< "{id}"
    const char* summary;          ///< the link to the printable class summary
    const char* save_problem;     ///< on the board: the last answer or change was not saved
    const char* other_page;       ///< a teacher's button pressed on another page (or site)
    const char* other_form;       ///< a student's answers sent from another page (or site)
    const char* refused;          ///< the title of a page that refuses a form
    const char* stale_board;      ///< a button of a board page from before (a restart): reload
    const char* summary_waiting;  ///< "{min}": the summary, like the board, waits for answers
};

[[nodiscard]] const class_words& class_words_for(const std::string& lang);

/// `one` when n is 1, else `many`, with {n} (and {k}) replaced by n.
[[nodiscard]] std::string count_text(std::size_t n, const char* one, const char* many);

}  // namespace attachscore::classroom
